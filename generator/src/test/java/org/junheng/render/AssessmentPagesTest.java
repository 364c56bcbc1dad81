package org.junheng.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junheng.TestSite;
import org.junheng.site.PortalOfCountiesSiteTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AssessmentPagesTest {

    /*
     * Three primary schools, L2 (backbone teachers per 100 students), computed by hand:
     * A 1000 students, 12 → 1.2; B 500, 4 → 0.8; C 500, 6 → 1.2.
     * Weighted mean 1.1; variance 0.5·0.01 + 0.25·0.09 + 0.25·0.01 = 0.03; S = 0.173205; CV = 0.157459.
     * An unweighted population CV would be 0.2020, an n−1 weighted one 0.1929: the page must show 0.157.
     */
    private static final String THREE_SCHOOLS = """
            -- content/schools.csv --
            学校标识码,学校名称,学校类型,县区代码,乡镇街道,城乡类别,办学性质
            2199020001,甲小学,小学,990102,城关镇,城区,公办
            2199020002,乙小学,小学,990102,城关镇,城区,公办
            2199020003,丙小学,小学,990102,河口镇,乡村,公办
            -- content/statistics/2024.csv --
            year,code,primary_students,primary_backbone_teachers
            2024,2199020001,1000,12
            2024,2199020002,500,4
            2024,2199020003,500,6
            """;

    @TempDir
    Path temp;

    @Test
    void theCountyCvIsTheStudentWeightedPopulationCvAndEverySchoolIsListedWithItsGap() {
        TestSite site = TestSite.in(temp, THREE_SCHOOLS);
        site.build();

        Document assessment = site.html("assessment/index.html");
        Element l2 = assessment.selectFirst("table:has(caption:contains(小学校际差异系数)) tr:has(a[href$=indicators/L2/])");
        assertThat(l2.select("td").eachText()).startsWith("0.157", "0.50", "✓ 达标");

        Document indicator = site.html("indicators/L2/index.html");
        assertThat(indicator.select("table:has(caption:contains(小学各校数值)) tbody th").eachText())
                .as("sorted by value, highest first; ties by code").containsExactly("甲小学（小学）", "丙小学（小学）", "乙小学（小学）");
        assertThat(indicator.selectFirst("tr:has(th:contains(乙小学))").select("td").eachText())
                .containsExactly("0.80", "1", "80%", "✗ 未达标", "还差 1 名县级以上骨干教师");

        site.assertPage("schools/2199020002/index.html", "还差 1 名县级以上骨干教师", "未达标");
        Document profile = site.html("schools/2199020002/index.html");
        assertThat(profile.select("figure details tr:has(th:contains(L2)) td").eachText())
                .as("the chart's table carries the same numbers as the indicator table")
                .containsExactly("0.80", "1", "80%", "未达标");
        assertThat(profile.selectFirst("figure svg desc").text()).contains("还没有达到校际均衡的要求");
    }

    @Test
    void missingInputsAreNotAssessableNeverZeroNorAPass() {
        TestSite site = TestSite.in(temp, THREE_SCHOOLS);
        site.build();

        Element l4 = site.html("schools/2199020001/index.html")
                .selectFirst("section#indicators tr:has(a[href$=indicators/L4/]), section:has(#indicators) tr:has(a[href$=indicators/L4/])");
        assertThat(l4.select("td").eachText()).contains("—", "？无法评估");
    }

    @Test
    void anOverrideChangesTheResultAndIsCitedWhereTheThresholdIsShown() {
        TestSite site = TestSite.in(temp, THREE_SCHOOLS + """
                -- site-config.yml --
                """ + TestSite.CONFIG + """
                standards:
                  set: national-2017
                  overrides:
                    - layer: province
                      name: 某省
                      source: 《某省义务教育优质均衡发展督导评估实施细则》
                      thresholds: { L2: { primary: 1.3 } }
                """);
        site.build();

        Document indicator = site.html("indicators/L2/index.html");
        assertThat(indicator.selectFirst("tr:has(th:contains(甲小学))").select("td").eachText())
                .as("1.2 meets the national 1.0 but not the province's 1.3").contains("✗ 未达标");
        assertThat(indicator.text()).contains("某省：《某省义务教育优质均衡发展督导评估实施细则》", "原为 1");
        site.assertPage("methodology/index.html", "某省：《某省义务教育优质均衡发展督导评估实施细则》");
        site.assertPage("assessment/index.html", "本地调整", "某省");
        site.assertPage("schools/2199020001/index.html", "本地调整：某省：《某省义务教育优质均衡发展督导评估实施细则》");
        site.assertPage("index.html", "本地调整：某省");
    }

    @Test
    void theDemoCountysStoryShowsOnItsAssessmentPages() {
        TestSite demo = TestSite.demo(temp);
        demo.build();

        Document year2022 = demo.html("assessment/2022/index.html");
        Element l2 = year2022.selectFirst("table:has(caption:contains(小学校际差异系数)) tr:has(a[href$=indicators/L2/])");
        assertThat(l2.select("td").eachText()).startsWith("0.533", "0.50", "✗ 未达标");
        assertThat(year2022.selectFirst(".verdict").text()).contains("未达标");
        assertThat(year2022.select("section:has(#glance) li").eachText())
                .anyMatch(reason -> reason.contains("L2") || reason.contains("资源配置"));

        Document latest = demo.html("assessment/index.html");
        assertThat(latest.selectFirst(".verdict").text()).contains("✓ 达标");
        assertThat(latest.select("section:has(#resources) .school-notes li").eachText())
                .as("left-out schools are listed with their reason")
                .anyMatch(s -> s.contains("特殊教育"))
                .anyMatch(s -> s.contains("教学点"));
    }

    @Test
    void everyChartHasTitleDescriptionTableAndCsvWhoseNumbersMatchTheResults() {
        TestSite site = TestSite.in(temp, THREE_SCHOOLS);
        site.build();

        Document assessment = site.html("assessment/index.html");
        Element figure = assessment.selectFirst("figure:has(svg title:contains(小学各项指标的差异系数))");
        Element svg = figure.selectFirst("svg");
        assertThat(svg.attr("role")).isEqualTo("img");
        assertThat(svg.selectFirst("desc").text()).isNotBlank();
        assertThat(figure.select("details tr:has(th:contains(L2)) td").eachText()).startsWith("0.157", "0.50");
        String csv = figure.selectFirst("a[download]").attr("href");
        assertThat(site.file(csv.replace("../", ""))).contains("L2 每百名学生拥有县级以上骨干教师数,0.157,0.50,达标");
    }

    @Test
    void theChartsFindingSetsTheNumberApartFromTheStageAndTheYearLinksMarkTheYearShown() {
        TestSite site = TestSite.in(temp, THREE_SCHOOLS);
        site.build();

        Document assessment = site.html("assessment/index.html");
        assertThat(assessment.selectFirst("figure svg desc:contains(差异系数都不超过)").text())
                .isEqualTo("小学 7 项指标的差异系数都不超过 0.50。");
        assertThat(assessment.select("nav.toc a[aria-current=page]").eachText()).containsExactly("2024—2025学年");
        assertThat(site.html("en/assessment/2024/index.html").select("nav.toc a[aria-current=page]").eachText())
                .containsExactly("2024–2025 school year");
    }

    @Test
    void onAPortalOfSeveralCountiesEachCountyIsAssessedUnderItsOwnPrefixAndTheTopLevelComparesThem() {
        TestSite site = TestSite.in(temp, PortalOfCountiesSiteTest.PORTAL);
        site.build();

        assertThat(site.html("counties/990102/assessment/index.html").selectFirst(
                "table:has(caption:contains(小学校际差异系数)) tr:has(a[href$=indicators/L2/]) td").text())
                .as("two equal schools: no dispersion").isEqualTo("0.000");
        assertThat(site.html("counties/990103/assessment/index.html").selectFirst(
                "table:has(caption:contains(小学校际差异系数)) tr:has(a[href$=indicators/L2/]) td").text())
                .isNotEqualTo("0.000");
        site.assertPage("counties/990103/indicators/L2/index.html", "乙县二小");
        Document compare = site.html("assessment/index.html");
        assertThat(compare.select("tbody th").eachText()).containsExactly("甲县", "乙县");
        assertThat(compare.select("a[href$=counties/990102/assessment/]")).isNotEmpty();
    }
}
