package org.junheng.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.junheng.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A school's trend chart names the indicators that went from not met to met, judged on exact values. */
class SchoolTrendSiteTest {

    private static final String IMPROVED = "从未达标变为达标的指标：";

    @TempDir
    Path temp;

    @Test
    void anIndicatorThatReachesItsThresholdExactlyIsNamedAndOneJustShortIsNot() {
        // teaching area per student (L4): the primary school goes from 4.17 ㎡ to exactly 4.5, the
        // standard; the junior school from 5.56 ㎡ to 5.79999, just short of 5.8
        TestSite site = TestSite.in(temp, """
                -- content/statistics/2023.csv --
                year,code,primary_students,primary_classes,primary_teachers,junior_students,junior_classes,junior_teachers,teaching_area
                2023,2199020001,1200,26,70,,,,5000
                2023,2199020002,,,,900,18,75,5000
                2023,2199020003,400,12,30,200,6,20,3000
                -- content/statistics/2024.csv --
                year,code,primary_students,primary_classes,primary_teachers,junior_students,junior_classes,junior_teachers,teaching_area
                2024,2199020001,1200,26,70,,,,5400
                2024,2199020002,,,,900,18,75,5219.99
                2024,2199020003,400,12,30,200,6,20,3000
                """);
        site.build();

        assertThat(trendDescription(site.html("schools/2199020001/index.html"), "2199020001-primary"))
                .contains(IMPROVED + "生均教学及辅助用房面积");
        String junior = trendDescription(site.html("schools/2199020002/index.html"), "2199020002-junior");
        assertThat(junior).startsWith("2023—2024").doesNotContain(IMPROVED);
    }

    private static String trendDescription(Document page, String part) {
        return page.selectFirst("svg[id$=school-" + part + "-trend] desc").text();
    }
}
