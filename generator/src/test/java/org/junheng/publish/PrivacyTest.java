package org.junheng.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junheng.content.Problem;
import org.junheng.indicators.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** No download carries a count of children small enough to single one out (personal data: see check.DownloadPrivacyTest). */
class PrivacyTest {

    @TempDir
    Path temp;

    @Test
    void noSuppressedCountInAnyDownloadIsASmallNumber() throws IOException {
        ObjectMapper json = new ObjectMapper();
        int hidden = 0;
        try (Stream<Path> files = Files.walk(DemoBuild.data())) {
            for (Path descriptor : files.filter(f -> f.getFileName().toString().equals("datapackage.json")).toList()) {
                for (JsonNode resource : json.readTree(descriptor.toFile()).path("resources")) {
                    Csv csv = Csv.read(descriptor.getParent().resolve(resource.path("path").asText()));
                    for (JsonNode field : resource.path("schema").path("fields")) {
                        if (field.path("childCount").asText().equals("suppressed")) {
                            int below = field.path("suppressedBelow").asInt();
                            for (Map<String, String> row : csv.rows()) {
                                String cell = row.get(field.path("name").asText());
                                hidden += cell.equals("*") ? 1 : 0;
                                assertThat(cell.isEmpty() || cell.equals("*") || Integer.parseInt(cell) == 0
                                        || Integer.parseInt(cell) >= below).as(resource.path("name") + " " + cell).isTrue();
                            }
                        }
                    }
                }
            }
        }
        assertThat(hidden).as("the demo's admission results have small counts, so the check has cells to look at")
                .isPositive();
    }

    @Test
    void theAdmissionResultsHideExactlyTheCellsTheEnrollmentPagesHide() throws IOException {
        Map<String, String> codes = new java.util.HashMap<>();
        Csv.read(DemoBuild.data().resolve("2024/schools.csv")).rows().forEach(r -> codes.put(r.get("name"), r.get("code")));
        Csv admissions = Csv.read(DemoBuild.data().resolve("2024/admissions.csv"));
        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(
                Files.readString(DemoBuild.output().resolve("enrollment/2024/plans/index.html")));
        int compared = 0;
        for (org.junheng.content.Stage stage : List.of(org.junheng.content.Stage.PRIMARY, org.junheng.content.Stage.JUNIOR)) {
            for (String measure : List.of("applicants", "admitted")) {
                String caption = stage.chinese() + (measure.equals("applicants") ? "报名人数" : "录取人数") + "（按类别）";
                org.jsoup.nodes.Element table = page.selectFirst("table:has(caption:containsOwn(" + caption + "))");
                List<String> categories = table.select("thead th").eachText();
                for (org.jsoup.nodes.Element row : table.select("tbody tr")) {
                    String name = row.selectFirst("th").text();
                    String code = codes.getOrDefault(name, "");
                    List<String> cells = row.select("td").eachText();
                    for (int c = 0; c < cells.size(); c++) {
                        String category = categories.get(c + 1);
                        Map<String, String> published = admissions.rows().stream()
                                .filter(r -> r.get("stage").equals(stage.key()) && r.get("code").equals(code)
                                        && r.get("category").equals(category))
                                .findFirst().orElseThrow(() -> new AssertionError(name + " " + category));
                        assertThat(published.get(measure)).as(caption + " " + name + " " + category)
                                .isEqualTo(cells.get(c).replace(",", ""));
                        compared++;
                    }
                }
            }
        }
        assertThat(compared).isEqualTo(admissions.rows().size() * 2);
    }

    @Test
    void everyFieldThatCountsChildrenSaysWhetherItIsSuppressed() {
        List<String> undecided = new ArrayList<>();
        for (TableSchema schema : DataCatalogue.standard(DemoContent.empty(), List.of(), 5).schemas()) {
            for (DataField field : schema.fields()) {
                boolean countsPeople = field.type() == FieldType.INTEGER && field.unit().map(u -> u.zh().equals("人")).orElse(false);
                boolean countsTeachers = field.name().contains("teachers");
                if (countsPeople && !countsTeachers && field.childCount() == ChildCount.NONE) {
                    undecided.add(schema.name() + "." + field.name());
                }
            }
        }
        assertThat(undecided).isEmpty();
    }

    @Test
    void aSmallCountOfChildrenInASuppressedColumnIsCaughtBeforePublishing() {
        TableSchema admissions = TableSchema.of("admissions", Text.of("招生结果", "Admissions"), Text.of("", ""),
                List.of(DataField.of("route", FieldType.STRING, "途径", "Route"),
                        DataField.of("places", FieldType.INTEGER, "计划数", "Places"),
                        DataField.of("children", FieldType.INTEGER, "人数", "Children").unit("人", "persons").suppressed()));
        Table table = new Table(admissions, List.of(List.of("随迁子女", "40", "3"), List.of("户籍", "2", "120"),
                List.of("特殊", "1", "*"), List.of("其他", "5", "0")));

        List<Problem> problems = new DownloadGuard(5).check("2024/admissions.csv", table);

        assertThat(problems).extracting(Problem::rule, Problem::value).containsExactly(
                org.assertj.core.groups.Tuple.tuple("data.small-cell", "3"));
        assertThat(problems.get(0).location().line()).isEqualTo(2);
        assertThat(problems.get(0).location().column()).isEqualTo(3);
    }

    @Test
    void onlyADeclaredSuppressibleColumnMayHoldTheSuppressionCode() {
        TableSchema schema = TableSchema.of("t", Text.of("表", "Table"), Text.of("", ""),
                List.of(DataField.of("students", FieldType.INTEGER, "在校生数", "Students").schoolSize()));
        assertThatThrownBy(() -> new Table(schema, List.of(List.of("*"))))
                .hasMessageContaining("not declared as suppressible");
    }
}
