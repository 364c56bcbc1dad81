package org.junheng.publish;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every {@code datapackage.json} validates against the Frictionless profiles, and every file it
 * lists is what it says: the declared columns in order, each cell of its declared type within
 * its constraints, unique primary keys, foreign keys that resolve, the declared size and digest.
 * The Excel and JSON forms carry the same rows.
 */
class DataPackageValidationTest {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
    private static final Map<String, Pattern> TYPES = Map.of(
            "string", Pattern.compile("(?s).*"),
            "integer", Pattern.compile("-?[0-9]+"),
            "number", Pattern.compile("-?[0-9]+(\\.[0-9]+)?"),
            "boolean", Pattern.compile("true|false"),
            "date", Pattern.compile("[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])"),
            "year", Pattern.compile("[0-9]{4}"));

    @Test
    void everyDataPackageValidatesAndDescribesItsFilesExactly() throws Exception {
        List<Path> packages = packages(DemoBuild.data());
        assertThat(packages).as("the top-level package, 5 year folders and latest/").hasSize(7);
        for (Path descriptor : packages) {
            JsonNode root = JSON.readTree(descriptor.toFile());
            assertThat(FrictionlessProfiles.errors(FrictionlessProfiles.PACKAGE, root)).as(descriptor.toString()).isEmpty();
            Map<String, Table> tables = new HashMap<>();
            List<String> paths = new ArrayList<>();
            for (JsonNode resource : root.path("resources")) {
                tables.put(resource.path("name").asText(), checkResource(descriptor.getParent(), resource));
                paths.add(resource.path("path").asText());
            }
            for (JsonNode resource : root.path("resources")) {
                checkForeignKeys(resource, tables);
            }
            assertThat(paths).as(descriptor + " lists every table file beside it, and only those")
                    .containsExactlyInAnyOrderElementsOf(tableFiles(descriptor.getParent()));
        }
    }

    @Test
    void theTopLevelPackageListsEveryYearsTablesButNotTheLatestCopies() throws Exception {
        JsonNode root = JSON.readTree(DemoBuild.data().resolve("datapackage.json").toFile());
        List<String> paths = new ArrayList<>();
        root.path("resources").forEach(r -> paths.add(r.path("path").asText()));
        assertThat(paths).contains("2024/indicators.csv", "2022/cvs.csv", "2024/schools.csv")
                .noneMatch(p -> p.startsWith("latest/"));
        assertThat(root.path("version").asText()).matches("\\d+\\.\\d+\\.\\d+");
        assertThat(root.path("licenses").get(0).path("path").asText()).startsWith("https://creativecommons.org/");
    }

    @Test
    void theProfilesRejectWhatTheSpecificationRejects() {
        ObjectNode good = JSON.createObjectNode();
        good.put("profile", "tabular-data-package");
        ObjectNode resource = good.putArray("resources").addObject();
        resource.put("profile", "tabular-data-resource").put("name", "cvs-2024").put("path", "2024/cvs.csv");
        resource.putObject("schema").putArray("fields").addObject().put("name", "cv").put("type", "number");
        assertThat(FrictionlessProfiles.errors(FrictionlessProfiles.PACKAGE, good)).isEmpty();

        ObjectNode badName = good.deepCopy();
        ((ObjectNode) badName.path("resources").get(0)).put("name", "CVs 2024");
        assertThat(FrictionlessProfiles.errors(FrictionlessProfiles.PACKAGE, badName)).isNotEmpty();

        ObjectNode escaping = good.deepCopy();
        ((ObjectNode) escaping.path("resources").get(0)).put("path", "../secret.csv");
        assertThat(FrictionlessProfiles.errors(FrictionlessProfiles.PACKAGE, escaping)).isNotEmpty();

        ObjectNode bothLicenceForms = good.deepCopy();
        bothLicenceForms.putArray("licenses").addObject().put("name", "CC-BY-4.0").put("path", "https://example.org/");
        assertThat(FrictionlessProfiles.errors(FrictionlessProfiles.PACKAGE, bothLicenceForms))
                .as("oneOf name/path, as in the official profile").isNotEmpty();

        ObjectNode schema = JSON.createObjectNode();
        schema.putArray("fields").addObject().put("name", "cv").put("type", "decimal");
        assertThat(FrictionlessProfiles.errors(FrictionlessProfiles.TABLE_SCHEMA, schema)).isNotEmpty();

        ObjectNode mixedKey = JSON.createObjectNode();
        mixedKey.putArray("fields").addObject().put("name", "code");
        ObjectNode key = mixedKey.putArray("foreignKeys").addObject();
        key.putArray("fields").add("code");
        key.putObject("reference").put("resource", "schools").put("fields", "code");
        assertThat(FrictionlessProfiles.errors(FrictionlessProfiles.TABLE_SCHEMA, mixedKey))
                .as("fields and reference.fields are both lists or both names").isNotEmpty();
    }

    @Test
    void chineseSurvivesTheExcelVariant() throws Exception {
        byte[] excel = Files.readAllBytes(DemoBuild.data().resolve("latest/schools.excel.csv"));
        assertThat(excel).startsWith(0xEF, 0xBB, 0xBF);
        String text = strictUtf8(excel, 3);
        assertThat(text).contains("青岚县实验小学", "九年一贯制", "\r\n");
        assertThat(text.replace("\r\n", "")).doesNotContain("\n");
        byte[] canonical = Files.readAllBytes(DemoBuild.data().resolve("latest/schools.csv"));
        assertThat(canonical[0]).as("no BOM in the canonical file").isNotEqualTo((byte) 0xEF);
        assertThat(new String(canonical, StandardCharsets.UTF_8)).doesNotContain("\r").endsWith("\n");
    }

    private static Table checkResource(Path folder, JsonNode resource) throws Exception {
        String name = resource.path("name").asText();
        JsonNode schema = resource.path("schema");
        assertThat(FrictionlessProfiles.errors(FrictionlessProfiles.TABLE_SCHEMA, schema)).as(name).isEmpty();
        Path file = folder.resolve(resource.path("path").asText());
        byte[] bytes = Files.readAllBytes(file);
        assertThat((long) bytes.length).as(name + " bytes").isEqualTo(resource.path("bytes").asLong());
        assertThat(resource.path("hash").asText()).as(name + " hash")
                .isEqualTo("sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)));
        String text = strictUtf8(bytes, 0);
        assertThat(text).as(name).doesNotStartWith("\uFEFF").doesNotContain("\r");

        Csv csv = Csv.parse(text);
        List<String> fields = new ArrayList<>();
        schema.path("fields").forEach(f -> fields.add(f.path("name").asText()));
        assertThat(csv.header()).as(name + " columns").containsExactlyElementsOf(fields);
        assertThat(csv.rows()).as(name + " rows").hasSize(resource.path("rows").asInt());
        Set<String> missing = new HashSet<>();
        schema.path("missingValues").forEach(m -> missing.add(m.asText()));
        for (JsonNode field : schema.path("fields")) {
            for (Map<String, String> row : csv.rows()) {
                checkCell(name, field, row.get(field.path("name").asText()), missing);
            }
        }
        Set<List<String>> keys = new HashSet<>();
        List<String> primaryKey = names(schema.path("primaryKey"));
        for (Map<String, String> row : primaryKey.isEmpty() ? List.<Map<String, String>>of() : csv.rows()) {
            assertThat(keys.add(primaryKey.stream().map(row::get).toList())).as(name + " primary key " + row).isTrue();
        }
        checkAlternates(folder, resource, csv);
        return new Table(csv);
    }

    private static void checkCell(String table, JsonNode field, String cell, Set<String> missing) {
        String where = table + "." + field.path("name").asText() + " = '" + cell + "'";
        JsonNode constraints = field.path("constraints");
        if (missing.contains(cell)) {
            assertThat(cell.isEmpty() && constraints.path("required").asBoolean()).as(where + " is required").isFalse();
            return;
        }
        String type = field.path("type").asText("string");
        assertThat(TYPES.get(type).matcher(cell).matches()).as(where + " is a canonical " + type).isTrue();
        if (constraints.has("enum")) {
            List<String> allowed = new ArrayList<>();
            constraints.path("enum").forEach(v -> allowed.add(v.asText()));
            assertThat(allowed).as(where).contains(cell);
        }
        if (constraints.has("pattern")) {
            assertThat(cell).as(where).matches(constraints.path("pattern").asText());
        }
        if (constraints.has("minimum")) {
            assertThat(new BigDecimal(cell)).as(where).isGreaterThanOrEqualTo(constraints.path("minimum").decimalValue());
        }
    }

    private static void checkAlternates(Path folder, JsonNode resource, Csv canonical) throws Exception {
        for (JsonNode alternate : resource.path("alternates")) {
            byte[] bytes = Files.readAllBytes(folder.resolve(alternate.path("path").asText()));
            if (alternate.path("format").asText().equals("json")) {
                JsonNode rows = JSON.readTree(bytes);
                assertThat(rows.size()).isEqualTo(canonical.rows().size());
                for (int i = 0; i < rows.size(); i++) {
                    List<String> keys = new ArrayList<>();
                    rows.get(i).fieldNames().forEachRemaining(keys::add);
                    assertThat(keys).containsExactlyElementsOf(canonical.header());
                    for (String key : keys) {
                        String cell = canonical.rows().get(i).get(key);
                        JsonNode value = rows.get(i).get(key);
                        String where = alternate.path("path").asText() + " " + key;
                        if (value.isNumber()) {
                            assertThat(value.decimalValue()).as(where).isEqualByComparingTo(cell);
                        } else {
                            assertThat(value.isNull() ? "" : value.asText()).as(where).isEqualTo(cell);
                        }
                    }
                }
            } else {
                assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
                Csv excel = Csv.parse(strictUtf8(bytes, 3));
                assertThat(excel.header()).isEqualTo(canonical.header());
                assertThat(excel.rows()).hasSameSizeAs(canonical.rows());
                for (int i = 0; i < excel.rows().size(); i++) {
                    for (String column : canonical.header()) {
                        String cell = canonical.rows().get(i).get(column);
                        assertThat(excel.rows().get(i).get(column)).isIn(cell, "'" + cell);
                    }
                }
            }
        }
    }

    private static void checkForeignKeys(JsonNode resource, Map<String, Table> tables) {
        String name = resource.path("name").asText();
        for (JsonNode key : resource.path("schema").path("foreignKeys")) {
            String target = key.path("reference").path("resource").asText();
            Table referenced = tables.get(target.isEmpty() ? name : target);
            assertThat(referenced).as(name + " refers to " + target).isNotNull();
            List<String> fields = names(key.path("fields"));
            List<String> referencedFields = names(key.path("reference").path("fields"));
            Set<List<String>> available = new HashSet<>();
            referenced.csv().rows().forEach(row -> available.add(referencedFields.stream().map(row::get).toList()));
            for (Map<String, String> row : tables.get(name).csv().rows()) {
                List<String> value = fields.stream().map(row::get).toList();
                if (value.stream().allMatch(String::isEmpty)) {
                    continue;
                }
                assertThat(available).as(name + " " + fields + " → " + target).contains(value);
            }
        }
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        if (node.isTextual()) {
            names.add(node.asText());
        } else {
            node.forEach(n -> names.add(n.asText()));
        }
        return names;
    }

    private static String strictUtf8(byte[] bytes, int offset) throws CharacterCodingException {
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
    }

    /** The canonical CSVs a package describes: those of its folder, or of every year folder for the top level. */
    private static List<String> tableFiles(Path folder) throws IOException {
        boolean top = folder.equals(DemoBuild.data());
        try (Stream<Path> files = Files.walk(folder, top ? 2 : 1)) {
            return files.filter(f -> f.toString().endsWith(".csv") && !f.toString().endsWith(".excel.csv"))
                    .map(f -> folder.relativize(f).toString().replace('\\', '/'))
                    .filter(path -> !path.startsWith("latest/") && !path.startsWith("charts/"))
                    .toList();
        }
    }

    private static List<Path> packages(Path data) throws IOException {
        try (Stream<Path> files = Files.walk(data)) {
            return files.filter(f -> f.getFileName().toString().equals("datapackage.json")).sorted().toList();
        }
    }

    private record Table(Csv csv) {
    }
}
