package org.junheng.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junheng.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Anyone can recompute every published county CV from the published per-school indicator CSV
 * alone: read it with a standard CSV reader, apply standards.md §1.2 — X̄ = ΣPᵢXᵢ/P,
 * S = √(Σ(Pᵢ/P)(Xᵢ − X̄)²), CV = S/X̄ — and get the published CV CSV to its printed precision.
 */
class CvReproductionTest {

    private static final MathContext DIGITS = MathContext.DECIMAL128;

    @TempDir
    Path temp;

    @Test
    void everyPublishedCvOfTheDemoCountyIsRecomputedFromThePublishedIndicatorsAlone() throws IOException {
        int checked = 0;
        for (Path folder : folders(DemoBuild.data())) {
            checked += reproduce(folder.resolve("indicators.csv"), folder.resolve("cvs.csv"));
            checked += reproduce(folder.resolve("basic_balance_indicators.csv"), folder.resolve("basic_balance_cvs.csv"));
        }
        // 3 years and latest/, 7 + 8 indicators, 2 stages
        assertThat(checked).isEqualTo(4 * (7 + 8) * 2);
    }

    @Test
    void aSchoolWhoseValueIsNotAssessableIsLeftOutOfItsCvAndTheCvStillReproduces() throws IOException {
        TestSite site = TestSite.in(temp, """
                -- content/statistics/2024.csv --
                year,code,primary_students,primary_teachers,primary_backbone_teachers,junior_students,junior_teachers,junior_backbone_teachers,teaching_area
                2024,2199020001,1200,70,14,,,,6100
                2024,2199020002,,,,900,75,,5900.5
                2024,2199020003,400,30,3,200,20,4,3000
                """);
        site.build();
        Path data = site.out().resolve("data");

        Csv cvs = Csv.read(data.resolve("2024/cvs.csv"));
        Map<String, String> l2Junior = cvs.rows().stream()
                .filter(r -> r.get("indicator").equals("L2") && r.get("stage").equals("junior")).findFirst().orElseThrow();
        assertThat(l2Junior.get("left_out")).as("2199020002 did not report its backbone teachers").isEqualTo("1");
        assertThat(l2Junior.get("schools")).isEqualTo("1");
        long withValue = cvs.rows().stream().filter(r -> !r.get("cv").isEmpty()).count();
        assertThat(withValue).isGreaterThanOrEqualTo(3);
        assertThat(reproduce(data.resolve("2024/indicators.csv"), data.resolve("2024/cvs.csv"))).isEqualTo(withValue);
    }

    @Test
    void theRecomputationWouldNoticeAnUnweightedCv() {
        // two schools: 4.0 with 100 students, 6.0 with 300: weighted mean 5.5, unweighted 5.0
        List<Map<String, String>> rows = List.of(
                Map.of("value", "4.0", "students", "100"), Map.of("value", "6.0", "students", "300"));
        Dispersion weighted = dispersion(rows);
        assertThat(weighted.mean()).isEqualByComparingTo("5.5");
        assertThat(weighted.sd()).isEqualByComparingTo(new BigDecimal("0.75").sqrt(DIGITS));
        assertThat(weighted.cv().setScale(6, RoundingMode.HALF_UP)).isEqualByComparingTo("0.157459");
    }

    /** Checks every CV of {@code cvsFile} against a recomputation from {@code indicatorsFile}; returns how many. */
    private static int reproduce(Path indicatorsFile, Path cvsFile) {
        Csv indicators = Csv.read(indicatorsFile);
        Map<String, List<Map<String, String>>> groups = new TreeMap<>();
        for (Map<String, String> row : indicators.rows()) {
            if (!row.get("value").isEmpty()) {
                groups.computeIfAbsent(key(row), k -> new ArrayList<>()).add(row);
            }
        }
        int checked = 0;
        for (Map<String, String> published : Csv.read(cvsFile).rows()) {
            String where = cvsFile + " " + key(published);
            List<Map<String, String>> group = groups.getOrDefault(key(published), List.of());
            assertThat(published.get("schools")).as(where).isEqualTo(String.valueOf(group.size()));
            if (group.isEmpty()) {
                assertThat(published.get("cv")).as(where).isEmpty();
                continue;
            }
            if (published.get("cv").isEmpty()) {
                assertThat(published.get("mean")).as(where + ": a CV is missing only when the mean is 0")
                        .matches("0\\.0+");
                continue;
            }
            Dispersion recomputed = dispersion(group);
            assertThat(published.get("students")).as(where).isEqualTo(recomputed.students().toPlainString());
            assertPrinted(published.get("mean"), recomputed.mean(), where + " mean");
            assertPrinted(published.get("standard_deviation"), recomputed.sd(), where + " standard deviation");
            assertPrinted(published.get("cv"), recomputed.cv(), where + " CV");
            assertPrinted(published.get("cv_rounded"), recomputed.cv(), where + " CV rounded");
            String limit = published.get("limit");
            if (!limit.isEmpty()) {
                // the published verdict agrees with the recomputed CV whenever the printed digits can tell
                boolean met = recomputed.cv().compareTo(new BigDecimal(limit)) <= 0;
                assertThat(published.get("met")).as(where + " met").isEqualTo(String.valueOf(met));
            }
            checked++;
        }
        return checked;
    }

    private static String key(Map<String, String> row) {
        return row.get("county") + "/" + row.get("indicator") + "/" + row.get("stage");
    }

    private static void assertPrinted(String published, BigDecimal recomputed, String what) {
        BigDecimal printed = new BigDecimal(published);
        assertThat(recomputed.setScale(printed.scale(), RoundingMode.HALF_UP).toPlainString()).as(what).isEqualTo(published);
    }

    private record Dispersion(BigDecimal students, BigDecimal mean, BigDecimal sd, BigDecimal cv) {
    }

    /** standards.md §1.2, written out anew: student-weighted mean, population variance. */
    private static Dispersion dispersion(List<Map<String, String>> rows) {
        BigDecimal p = BigDecimal.ZERO;
        BigDecimal weightedSum = BigDecimal.ZERO;
        for (Map<String, String> row : rows) {
            BigDecimal pi = new BigDecimal(row.get("students"));
            p = p.add(pi);
            weightedSum = weightedSum.add(pi.multiply(new BigDecimal(row.get("value"))));
        }
        BigDecimal mean = weightedSum.divide(p, DIGITS);
        BigDecimal variance = BigDecimal.ZERO;
        for (Map<String, String> row : rows) {
            BigDecimal deviation = new BigDecimal(row.get("value")).subtract(mean);
            variance = variance.add(new BigDecimal(row.get("students")).divide(p, DIGITS).multiply(deviation.pow(2)));
        }
        BigDecimal sd = variance.sqrt(DIGITS);
        return new Dispersion(p, mean, sd, sd.divide(mean, DIGITS));
    }

    private static List<Path> folders(Path data) throws IOException {
        try (Stream<Path> entries = Files.list(data)) {
            return entries.filter(f -> Files.isRegularFile(f.resolve("cvs.csv"))).sorted().toList();
        }
    }
}
