package org.junheng.render;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junheng.content.Admission;
import org.junheng.content.EnrollmentYear;
import org.junheng.content.School;
import org.junheng.content.Stage;
import org.junheng.indicators.Suppression;
import org.junheng.indicators.SuppressedTable;

/**
 * A year's admission results per stage as two suppressed tables (applicants, admitted): one
 * row per school, one column per category, with totals. The county page and each school's
 * profile print from the same tables — and so does the open data — so a hidden cell is hidden
 * everywhere.
 */
public final class AdmissionTables {

    /** One stage: the schools (rows), the categories (columns) and the two suppressed tables. */
    public record StageResults(Stage stage, List<School> schools, List<String> categories, SuppressedTable applicants,
                        SuppressedTable admitted) {

        /** The school's row: the rows are sorted by school code. */
        Optional<Integer> rowOf(String schoolCode) {
            int low = 0;
            int high = schools.size() - 1;
            while (low <= high) {
                int middle = (low + high) >>> 1;
                int order = schools.get(middle).code().compareTo(schoolCode);
                if (order == 0) {
                    return Optional.of(middle);
                }
                if (order < 0) {
                    low = middle + 1;
                } else {
                    high = middle - 1;
                }
            }
            return Optional.empty();
        }
    }

    private final Map<Stage, StageResults> stages = new TreeMap<>();
    private final List<School> schools;

    public AdmissionTables(EnrollmentYear year, Map<String, School> schools, int threshold) {
        for (Stage stage : Stage.values()) {
            List<Admission> rows = year.admissions().stream().filter(a -> a.stage() == stage)
                    .filter(a -> schools.containsKey(a.schoolCode())).toList();
            if (rows.isEmpty()) {
                continue;
            }
            List<String> categories = new ArrayList<>(new LinkedHashSet<>(rows.stream().map(Admission::category)
                    .toList()));
            List<School> rowSchools = rows.stream().map(a -> schools.get(a.schoolCode())).distinct()
                    .sorted(java.util.Comparator.comparing(School::code)).toList();
            Map<String, Integer> rowOfSchool = new java.util.HashMap<>();
            for (School school : rowSchools) {
                rowOfSchool.put(school.code(), rowOfSchool.size());
            }
            int[][] applicants = new int[rowSchools.size()][categories.size()];
            int[][] admitted = new int[rowSchools.size()][categories.size()];
            for (Admission admission : rows) {
                int r = rowOfSchool.get(admission.schoolCode());
                int c = categories.indexOf(admission.category());
                applicants[r][c] = admission.applicants();
                admitted[r][c] = admission.admitted();
            }
            stages.put(stage, new StageResults(stage, rowSchools, categories,
                    Suppression.suppress(applicants, threshold), Suppression.suppress(admitted, threshold)));
        }
        this.schools = stages.values().stream().flatMap(results -> results.schools().stream()).distinct().toList();
    }

    /** Every school with a row in a stage's tables, once each. */
    public List<School> schools() {
        return schools;
    }

    public Optional<StageResults> stage(Stage stage) {
        return Optional.ofNullable(stages.get(stage));
    }

    /** A count as pages print it: grouped digits, or the suppression code. */
    static String cell(SuppressedTable table, int row, int column) {
        java.util.OptionalInt shown = table.shown(row, column);
        return shown.isPresent() ? Numbers.integer(shown.getAsInt()) : Suppression.CODE;
    }

    /** The table of one measure as the county page prints it: schools, then the county total. */
    static TableView view(PageFactory pages, String caption, StageResults results, SuppressedTable table) {
        return view(pages, caption, results, table,
                java.util.stream.IntStream.range(0, results.schools().size()).boxed().toList(), true);
    }

    /**
     * The same, of the given {@code rows} only (in order), with the total only if asked: on a
     * portal, a county's page shows its rows of the portal's table as suppressed for the whole
     * table, and a county total worked out from them could give away a hidden cell.
     */
    static TableView view(PageFactory pages, String caption, StageResults results, SuppressedTable table,
                          List<Integer> rows, boolean total) {
        String countyTotalLabel = pages.label("plans.county-total");
        List<String> columns = new ArrayList<>();
        columns.add(pages.label("plans.school"));
        // categories are the bureau's own words, in Chinese
        results.categories().forEach(category -> columns.add(pages.chinese(category)));
        columns.add(pages.label("plans.total"));
        List<Integer> shown = new ArrayList<>(rows);
        if (total) {
            shown.add(results.schools().size());
        }
        List<List<String>> lines = new ArrayList<>();
        for (int r : shown) {
            List<String> line = new ArrayList<>();
            line.add(r < results.schools().size() ? pages.schoolName(results.schools().get(r).name()) : countyTotalLabel);
            for (int c = 0; c <= results.categories().size(); c++) {
                line.add(cell(table, r, c));
            }
            lines.add(line);
        }
        return new TableView(caption, columns, lines);
    }
}
