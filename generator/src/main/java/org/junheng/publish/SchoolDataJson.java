package org.junheng.publish;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import org.junheng.content.School;
import org.junheng.render.SiteInfo;

/**
 * Each school's open data beside its page, at {@code /schools/{code}/data.json}: its registry
 * row, every year's statistics, indicators, verdicts and exclusions, and the documents that
 * concern it — the rows of the published tables, so the data dictionary describes every key.
 */
final class SchoolDataJson {

    static final String FILE = "data.json";
    /** The year tables a school's file gathers rows from, by school code, every year. */
    private static final List<String> BY_CODE = List.of(StatisticsData.TABLE, IndicatorTables.INDICATORS.name(),
            IndicatorTables.SCHOOL_PARTS.name(), IndicatorTables.EXCLUDED.name(), ResourceData.BASIC_INDICATORS.name(),
            EnrollmentData.ZONES.name(), EnrollmentData.PLANS.name(), EnrollmentData.ADMISSIONS.name());

    private final SiteInfo site;
    private final Release release;

    SchoolDataJson(SiteInfo site, Release release) {
        this.site = site;
        this.release = release;
    }

    static String path(School school) {
        return "schools/" + school.code() + "/" + FILE;
    }

    /** @param byYear every year's published tables, oldest year first */
    ObjectNode json(School school, SortedMap<Integer, List<Table>> byYear) {
        ObjectNode root = Json.object();
        root.put("code", school.code());
        root.put("name", school.name());
        root.put("page", "schools/" + school.code() + "/");
        root.put("dictionary", DataFiles.FOLDER + "/dictionary/");
        root.put("data_version", release.version());
        ObjectNode licence = root.putObject("licence");
        licence.put("name", site.licenceName());
        licence.put("url", site.licenceUrl());
        root.set("school", JsonRows.object(RegistryData.SCHEMA, RegistryData.row(school)));
        for (String name : BY_CODE) {
            ArrayNode rows = root.putArray(name);
            for (Map.Entry<Integer, List<Table>> year : byYear.entrySet()) {
                year.getValue().stream().filter(t -> t.name().equals(name)).findFirst().ifPresent(table ->
                        rows.addAll(JsonRows.array(table.schema(), table.rowsWhere("code", school.code()))));
            }
        }
        Optional<List<Table>> newest = byYear.values().stream().filter(t -> has(t, ProgressData.PROJECTS.name()))
                .reduce((older, newer) -> newer);
        root.set(ProgressData.PROJECTS.name(), newest.map(tables -> JsonRows.array(ProgressData.PROJECTS,
                table(tables, ProgressData.PROJECTS.name()).rowsWhere("code", school.code()))).orElse(Json.NODES.arrayNode()));
        root.set(ProgressData.PARTNERSHIPS.name(), newest.map(tables -> JsonRows.array(ProgressData.PARTNERSHIPS,
                partnerships(table(tables, ProgressData.PARTNERSHIPS.name()), school))).orElse(Json.NODES.arrayNode()));
        ArrayNode documents = root.putArray(DocumentData.SCHEMA.name());
        List<List<String>> concerning = new ArrayList<>();
        for (List<Table> tables : byYear.values()) {
            tables.stream().filter(t -> t.name().equals(DocumentData.SCHEMA.name())).forEach(table -> {
                int schools = table.schema().index("schools");
                table.rows().stream().filter(row -> listed(row.get(schools), school)).forEach(concerning::add);
            });
        }
        // newest first, as the school's page lists them
        concerning.sort((a, b) -> b.get(DocumentData.SCHEMA.index("date")).compareTo(a.get(DocumentData.SCHEMA.index("date"))));
        documents.addAll(JsonRows.array(DocumentData.SCHEMA, concerning));
        return root;
    }

    private static List<List<String>> partnerships(Table table, School school) {
        int lead = table.schema().index("lead");
        int members = table.schema().index("members");
        return table.rows().stream()
                .filter(row -> row.get(lead).equals(school.code()) || listed(row.get(members), school)).toList();
    }

    private static boolean listed(String list, School school) {
        return List.of(list.split(Cells.LIST_SEPARATOR)).contains(school.code());
    }

    private static boolean has(List<Table> tables, String name) {
        return tables.stream().anyMatch(t -> t.name().equals(name));
    }

    private static Table table(List<Table> tables, String name) {
        return tables.stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
    }
}
