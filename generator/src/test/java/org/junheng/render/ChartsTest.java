package org.junheng.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junheng.charts.Bar;
import org.junheng.charts.BarChartSpec;
import org.junheng.charts.ChartBook;
import org.junheng.charts.ChartTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Chinese charts write each chart's table as CSV and key it; two charts with one id are a planning error. */
class ChartsTest {

    @TempDir
    Path out;

    private static BarChartSpec chart(String id, String value) {
        return new BarChartSpec(id, "达标程度", "七项指标中六项达标。", "占标准的百分比（%）",
                List.of(new Bar("生均体育运动场馆面积", 86.0, value, true)), List.of(),
                new ChartTable(List.of("指标", "占标准"), List.of(List.of("生均体育运动场馆面积", value))));
    }

    @Test
    void eachChartsTableIsWrittenOnceAndKeyedByItsPath() throws IOException {
        Charts charts = Charts.writingCsv(new ChartBook(Optional.empty()), out, PageCache.NONE);

        charts.add(chart("school-1-primary", "86%"));
        charts.add(chart("school-2-primary", "91%"));

        assertThat(charts.csvFiles()).isEqualTo(2);
        assertThat(charts.keys()).containsOnlyKeys("data/charts/school-1-primary.csv", "data/charts/school-2-primary.csv");
        assertThat(charts.keys().get("data/charts/school-1-primary.csv"))
                .isNotEqualTo(charts.keys().get("data/charts/school-2-primary.csv"));
        assertThat(Files.readString(out.resolve("data/charts/school-2-primary.csv"), StandardCharsets.UTF_8))
                .contains("91%");
    }

    @Test
    void twoChartsWithOneIdAreFoundWhenTheKeysAreTaken() {
        Charts charts = Charts.writingCsv(new ChartBook(Optional.empty()), out, PageCache.NONE);
        charts.add(chart("county-cv-primary", "0.31"));
        charts.add(chart("county-cv-primary", "0.35"));

        assertThatIllegalStateException().isThrownBy(charts::keys)
                .withMessage("two files are planned at data/charts/county-cv-primary.csv");
    }

    @Test
    void theEnglishChartsLinkToTheChineseTablesAndWriteNone() {
        Charts charts = Charts.linkingCsv(new ChartBook(Optional.empty()));

        charts.add(chart("school-1-primary", "86%"));

        assertThat(charts.csvFiles()).isZero();
        assertThat(charts.keys()).isEmpty();
        assertThat(out).isEmptyDirectory();
    }
}
