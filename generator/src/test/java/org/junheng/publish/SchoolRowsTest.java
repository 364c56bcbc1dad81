package org.junheng.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Each school gets back its own rows of every year, in table order, from the temporary file. */
class SchoolRowsTest {

    private static final String FIRST = "9901010001";
    private static final String SECOND = "9901010002";

    private static List<String> excluded(String year, String code, String reason) {
        return List.of(year, "990101", code, "excluded", "32", reason, "teaching point under 50 students");
    }

    private static List<Table> year(List<String>... rows) {
        return List.of(new Table(IndicatorTables.EXCLUDED, List.of(rows)));
    }

    @Test
    void eachSchoolGetsItsRowsOfEveryYearOldestFirst() {
        try (SchoolRows rows = new SchoolRows(List.of(FIRST, SECOND), 2)) {
            rows.add(year(excluded("2023", FIRST, "教学点 32 人"), excluded("2023", SECOND, "乙"),
                    excluded("2023", FIRST, "第二行")));
            rows.add(year(excluded("2024", SECOND, "乙 2024"), excluded("2024", "9901010099", "未登记")));

            List<SchoolRows.YearRows> first = rows.years(IndicatorTables.EXCLUDED.name(), FIRST);
            assertThat(first).hasSize(2);
            assertThat(first.get(0).rows()).containsExactly(excluded("2023", FIRST, "教学点 32 人"),
                    excluded("2023", FIRST, "第二行"));
            assertThat(first.get(1).rows()).isEmpty();

            List<SchoolRows.YearRows> second = rows.years(IndicatorTables.EXCLUDED.name(), SECOND);
            assertThat(second.get(0).rows()).containsExactly(excluded("2023", SECOND, "乙"));
            assertThat(second.get(1).rows()).containsExactly(excluded("2024", SECOND, "乙 2024"));
            assertThat(second.get(1).schema()).isEqualTo(IndicatorTables.EXCLUDED);

            assertThat(rows.years(IndicatorTables.EXCLUDED.name(), "9901010099"))
                    .allSatisfy(year -> assertThat(year.rows()).as("not a registered school").isEmpty());
        }
    }

    @Test
    void eachSchoolGetsItsOwnRowsBackAcrossBatchesOfSchools() {
        List<String> codes = java.util.stream.IntStream.range(0, 2500)
                .mapToObj(i -> String.format(java.util.Locale.ROOT, "99010%05d", i)).toList();
        List<String> backwards = new java.util.ArrayList<>(codes);
        java.util.Collections.reverse(backwards);
        try (SchoolRows rows = new SchoolRows(codes, 2)) {
            rows.add(List.of(new Table(IndicatorTables.EXCLUDED,
                    backwards.stream().map(code -> excluded("2023", code, "第" + code + "号")).toList())));
            rows.add(year(excluded("2024", codes.get(2499), "最后一所")));

            for (String code : List.of(codes.get(0), codes.get(1023), codes.get(1024), codes.get(2048), codes.get(2499))) {
                List<SchoolRows.YearRows> years = rows.years(IndicatorTables.EXCLUDED.name(), code);
                assertThat(years.get(0).rows()).as(code).containsExactly(excluded("2023", code, "第" + code + "号"));
            }
            assertThat(rows.years(IndicatorTables.EXCLUDED.name(), codes.get(2499)).get(1).rows())
                    .containsExactly(excluded("2024", codes.get(2499), "最后一所"));
            assertThat(rows.years(IndicatorTables.EXCLUDED.name(), codes.get(0)).get(1).rows()).isEmpty();
        }
    }

    @Test
    void aSchoolsDigestChangesWithItsOwnRowsOnly() {
        List<String> digests = new java.util.ArrayList<>();
        for (String secondReason : new String[] {"乙", "乙", "丙"}) {
            for (String firstReason : new String[] {"甲", "丁"}) {
                try (SchoolRows rows = new SchoolRows(List.of(FIRST, SECOND), 2)) {
                    rows.add(year(excluded("2023", FIRST, firstReason), excluded("2023", SECOND, secondReason)));
                    digests.add(java.util.HexFormat.of().formatHex(rows.digest(SECOND)));
                }
            }
        }
        assertThat(digests.get(0)).as("the same rows").isEqualTo(digests.get(2))
                .as("another school's row changed").isEqualTo(digests.get(1))
                .as("its own row changed").isNotEqualTo(digests.get(4));
        assertThat(digests.get(4)).isEqualTo(digests.get(5));
    }

    @Test
    void aSchoolsDigestTellsWhichYearsTableItsRowsAreIn() {
        List<String> digests = new java.util.ArrayList<>();
        List<List<Table>> firstYear = List.of(year(excluded("2023", FIRST, "甲")), year());
        List<List<Table>> secondYear = List.of(year(), year(excluded("2023", FIRST, "甲")));
        for (List<List<Table>> years : List.of(firstYear, firstYear, secondYear)) {
            try (SchoolRows rows = new SchoolRows(List.of(FIRST), 2)) {
                years.forEach(rows::add);
                digests.add(java.util.HexFormat.of().formatHex(rows.digest(FIRST)));
            }
        }
        assertThat(digests.get(0)).as("the same rows in the same years").isEqualTo(digests.get(1))
                .as("the same row in the other year's table").isNotEqualTo(digests.get(2));
    }

    @Test
    void noTemporaryFileIsLeftBehind() throws Exception {
        List<Path> before = spills();
        try (SchoolRows rows = new SchoolRows(List.of(FIRST), 2)) {
            rows.add(year(excluded("2023", FIRST, "甲")));
            assertThat(rows.years(IndicatorTables.EXCLUDED.name(), FIRST).get(0).rows()).hasSize(1);
        }
        assertThat(spills()).containsExactlyInAnyOrderElementsOf(before);
    }

    private static List<Path> spills() throws Exception {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(f -> f.getFileName().toString().startsWith("junheng-school-rows-")).toList();
        }
    }
}
