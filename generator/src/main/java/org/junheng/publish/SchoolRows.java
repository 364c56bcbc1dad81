package org.junheng.publish;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rows each school's {@code data.json} gathers, taken from each year's tables as that year is
 * published and kept packed (see {@link PackedRow}), so that no year's tables are held longer than
 * it takes to write them.
 */
final class SchoolRows {

    /** The year tables a school's file gathers rows from, by school code, every year. */
    static final List<String> BY_CODE = List.of(StatisticsData.TABLE, IndicatorTables.INDICATORS.name(),
            IndicatorTables.SCHOOL_PARTS.name(), IndicatorTables.EXCLUDED.name(), ResourceData.BASIC_INDICATORS.name(),
            EnrollmentData.ZONES.name(), EnrollmentData.PLANS.name(), EnrollmentData.ADMISSIONS.name());

    /** Per table of {@link #BY_CODE}: every year's rows by school code, oldest year first. */
    private final Map<String, List<RowsByCode>> byCode = new HashMap<>();
    /** The newest year's projects and partnerships, by school code. */
    private Map<String, List<List<String>>> projects = Map.of();
    private Map<String, List<List<String>>> partnerships = Map.of();
    private final Map<String, List<List<String>>> documents = new HashMap<>();

    SchoolRows() {
        BY_CODE.forEach(name -> byCode.put(name, new ArrayList<>()));
    }

    /** Takes what the schools' files need from one year's tables; years are added oldest first. */
    void add(List<Table> tables) {
        for (Table table : tables) {
            String name = table.name();
            if (byCode.containsKey(name)) {
                byCode.get(name).add(new RowsByCode(table.schema(), grouped(table, "code")));
            } else if (name.equals(ProgressData.PROJECTS.name())) {
                projects = grouped(table, "code");
            } else if (name.equals(ProgressData.PARTNERSHIPS.name())) {
                partnerships = byEachCode(table, List.of("lead"), "members");
            } else if (name.equals(DocumentData.SCHEMA.name())) {
                byEachCode(table, List.of(), "schools").forEach((code, rows) ->
                        documents.computeIfAbsent(code, c -> new ArrayList<>()).addAll(rows));
            }
        }
    }

    /** The school's rows of a {@link #BY_CODE} table, oldest year first, each with the schema of its year. */
    List<RowsByCode> years(String table) {
        return byCode.get(table);
    }

    List<List<String>> projects(String code) {
        return projects.getOrDefault(code, List.of());
    }

    List<List<String>> partnerships(String code) {
        return partnerships.getOrDefault(code, List.of());
    }

    List<List<String>> documents(String code) {
        return documents.getOrDefault(code, List.of());
    }

    private static Map<String, List<List<String>>> grouped(Table table, String field) {
        int index = table.schema().index(field);
        Map<String, List<List<String>>> groups = new HashMap<>();
        for (List<String> row : table.rows()) {
            groups.computeIfAbsent(row.get(index), value -> new ArrayList<>()).add(PackedRow.of(row));
        }
        return groups;
    }

    /** Each row under every school code it names: in the {@code single} fields, then in the {@code list} field. */
    private static Map<String, List<List<String>>> byEachCode(Table table, List<String> single, String list) {
        List<Integer> singles = single.stream().map(table.schema()::index).toList();
        int listed = table.schema().index(list);
        Map<String, List<List<String>>> groups = new HashMap<>();
        for (List<String> row : table.rows()) {
            Set<String> codes = new LinkedHashSet<>();
            singles.forEach(index -> codes.add(row.get(index)));
            codes.addAll(List.of(row.get(listed).split(Cells.LIST_SEPARATOR)));
            PackedRow packed = PackedRow.of(row);
            codes.forEach(code -> groups.computeIfAbsent(code, c -> new ArrayList<>()).add(packed));
        }
        return groups;
    }

    /** One year's table: its schema, and its rows grouped by school code. */
    record RowsByCode(TableSchema schema, Map<String, List<List<String>>> rows) {
    }
}
