package org.junheng.publish;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junheng.content.School;
import org.junheng.render.ModelDigest;
import org.junheng.render.SiteInfo;

/**
 * Each school's open data beside its page, at {@code /schools/{code}/data.json}: its registry
 * row, every year's statistics, indicators, verdicts and exclusions, and the documents that
 * concern it — the rows of the published tables, so the data dictionary describes every key.
 */
final class SchoolDataJson {

    static final String FILE = "data.json";
    private static final String VERSION = "data_version";

    private final SiteInfo site;
    private final Release release;
    private final SchoolRows rows;

    /** @param rows the rows of every year's published tables, gathered by school */
    SchoolDataJson(SiteInfo site, Release release, SchoolRows rows) {
        this.site = site;
        this.release = release;
        this.rows = rows;
    }

    static String path(School school) {
        return "schools/" + school.code() + "/" + FILE;
    }

    /**
     * The school's file to write in place of {@code previous} (the bytes of the file this build
     * replaces), or empty if that file stands as it is. The file names as {@code data_version} the
     * release in which its content last changed: the release of {@code previous} if nothing else in
     * it differs, else this build's. A change to one school then leaves every other school's file
     * byte for byte as published, and a deploy uploads only what changed.
     */
    Optional<byte[]> replacement(School school, Optional<byte[]> previous) {
        Optional<String> version = previous.flatMap(SchoolDataJson::previousVersion);
        if (version.isPresent() && Arrays.equals(bytes(school, version.get()), previous.get())) {
            return Optional.empty();
        }
        return Optional.of(bytes(school, release.version()));
    }

    /**
     * What the school's file is written from, apart from its {@code data_version}: a file written from
     * the same key differs from this build's at most in that version, which {@link #replacement} would
     * keep, so it can be carried over without being made and compared again.
     */
    String key(School school) {
        return "school-data:" + ModelDigest.of(Map.of("school", List.of(school.code(), school.name()),
                "licence", List.of(site.licenceName(), site.licenceUrl()), "registry", RegistryData.row(school),
                "rows", HexFormat.of().formatHex(rows.digest(school.code()))));
    }

    /** The {@code data_version} of a published file, read no further than that key. */
    private static Optional<String> previousVersion(byte[] previous) {
        try (JsonParser json = Json.parser(previous)) {
            if (json.nextToken() != JsonToken.START_OBJECT) {
                return Optional.empty();
            }
            while (json.nextToken() == JsonToken.FIELD_NAME) {
                String name = json.currentName();
                JsonToken value = json.nextToken();
                if (name.equals(VERSION)) {
                    return value == JsonToken.VALUE_STRING ? Optional.of(json.getText()) : Optional.empty();
                }
                json.skipChildren();
            }
            return Optional.empty();
        } catch (IOException e) {
            return Optional.empty(); // not JSON: this build's file replaces it
        }
    }

    /** The school's file naming {@code version}, written key by key as {@link Json#bytes} would write its tree. */
    private byte[] bytes(School school, String version) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(16_384);
        try (JsonGenerator json = Json.generator(out)) {
            json.writeStartObject();
            json.writeStringField("code", school.code());
            json.writeStringField("name", school.name());
            json.writeStringField("page", "schools/" + school.code() + "/");
            json.writeStringField("dictionary", DataFiles.FOLDER + "/dictionary/");
            json.writeStringField(VERSION, version);
            json.writeObjectFieldStart("licence");
            json.writeStringField("name", site.licenceName());
            json.writeStringField("url", site.licenceUrl());
            json.writeEndObject();
            json.writeFieldName("school");
            JsonRows.writeObject(json, RegistryData.SCHEMA, RegistryData.row(school));
            for (String name : SchoolRows.BY_CODE) {
                json.writeArrayFieldStart(name);
                for (SchoolRows.YearRows year : rows.years(name, school.code())) {
                    for (List<String> row : year.rows()) {
                        JsonRows.writeObject(json, year.schema(), row);
                    }
                }
                json.writeEndArray();
            }
            json.writeFieldName(ProgressData.PROJECTS.name());
            JsonRows.writeArray(json, ProgressData.PROJECTS, rows.projects(school.code()));
            json.writeFieldName(ProgressData.PARTNERSHIPS.name());
            JsonRows.writeArray(json, ProgressData.PARTNERSHIPS, rows.partnerships(school.code()));
            List<List<String>> concerning = new ArrayList<>(rows.documents(school.code()));
            // newest first, as the school's page lists them
            int date = DocumentData.SCHEMA.index("date");
            concerning.sort((a, b) -> b.get(date).compareTo(a.get(date)));
            json.writeFieldName(DocumentData.SCHEMA.name());
            JsonRows.writeArray(json, DocumentData.SCHEMA, concerning);
            json.writeEndObject();
            json.writeRaw('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
