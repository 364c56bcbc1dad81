package org.junheng.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junheng.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A portal of several counties lists its counties on the home page, the school index, a year's
 * zones, the projects and the partnerships pages, and gives each county its own overview, school
 * index, zones, projects and partnerships; a one-county site keeps them on the home page, the
 * school index, the zones, projects and partnerships pages.
 */
public class PortalOfCountiesSiteTest {

    /** Two counties, each with a town called 城关镇. */
    public static final String PORTAL = """
            -- site-config.yml --
            title: 某市义务教育信息公开
            base_url: https://example.gov.cn/city/
            publisher: 某市教育局
            region:
              name: 某市
              counties:
                - { code: "990102", name: 甲县 }
                - { code: "990103", name: 乙县 }
            -- content/schools.csv --
            学校标识码,学校名称,学校类型,县区代码,乡镇街道,城乡类别,办学性质
            2199020001,甲县一小,小学,990102,城关镇,城区,公办
            2199020002,甲县二小,小学,990102,城关镇,城区,公办
            2199030001,乙县一小,小学,990103,城关镇,城区,公办
            2199030002,乙县二小,小学,990103,河口镇,乡村,公办
            2199030003,乙县三小,小学,990103,河口镇,乡村,民办
            -- content/statistics/2023.csv --
            year,code,primary_students,primary_backbone_teachers
            2023,2199020001,900,12
            2023,2199020002,950,12
            2023,2199030001,1000,30
            2023,2199030002,100,0
            2023,2199030003,300,3
            -- content/statistics/2024.csv --
            year,code,primary_students,primary_backbone_teachers
            2024,2199020001,1000,12
            2024,2199020002,1000,12
            2024,2199030001,1000,30
            2024,2199030002,100,0
            2024,2199030003,310,3
            -- content/enrollment/2023/zones.csv --
            学校标识码,学段,乡镇街道,片区,门牌范围,备注
            2199020001,小学,城关镇,解放社区,,
            2199030001,小学,城关镇,东门社区,,
            -- content/enrollment/2024/zones.csv --
            学校标识码,学段,乡镇街道,片区,门牌范围,备注
            2199020001,小学,城关镇,解放社区,,
            2199020002,小学,城关镇,锦城名苑小区,,
            2199030001,小学,城关镇,东门社区,,
            2199030001,小学,城关镇,西门社区,,
            2199030002,小学,河口镇,河口村,,
            -- content/enrollment/2024/plans.csv --
            学校标识码,学段,计划班数,计划人数
            2199020001,小学,6,270
            2199030001,小学,4,180
            2199030002,小学,1,30
            -- content/enrollment/2024/admissions.csv --
            学校标识码,学段,类别,报名人数,录取人数
            2199020001,小学,本地户籍,230,228
            2199020001,小学,随迁子女,30,30
            2199030001,小学,本地户籍,150,150
            2199030001,小学,随迁子女,3,3
            2199030002,小学,本地户籍,28,28
            2199030002,小学,随迁子女,12,12
            -- content/projects/projects.csv --
            项目编号,学校标识码,项目名称,类别,改善指标,预算（万元）,资金来源,计划开始,计划完成,实际开始,实际完成,状态,进度（%）,佐证文件
            P-1,2199020001,综合楼,校舍建设,L4,1200,县级财政,2023-01-01,2024-08-31,2023-02-01,2024-08-20,已完成,100,
            P-2,2199030001,围墙,安全设施,,10.5,县级财政,2024-03-01,2024-06-30,2024-04-01,,实施中,60,
            P-3,2199030002,风雨操场,运动场地,L5,180,省级补助,2025-03-01,2025-12-31,,,未开工,0,
            P-4,,骨干教师培养,师资队伍,L2,12,培训经费,2024-09-01,2024-12-31,2024-09-10,,已暂停,40,
            -- content/documents/yi-plan.md --
            ---
            title: 乙县实施方案
            type: 工作方案
            date: 2023-12-01
            schools: ["2199030001", "2199030002"]
            ---
            方案。
            -- content/partnerships.yml --
            - { id: jia, name: 甲县一小结对共建, type: 结对共建, lead: "2199020001", members: ["2199020002"] }
            - { id: across, name: 甲乙两县联盟, type: 联盟, lead: "2199030001", members: ["2199020002", "2199030002"] }
            """;

    @TempDir
    Path temp;

    @Test
    void theHomePageListsTheCountiesAndEachCountyHasItsOverview() {
        TestSite site = TestSite.in(temp, PORTAL);
        site.build();

        Document home = site.html("index.html");
        assertThat(home.select("main svg")).as("no county's charts on the home page").isEmpty();
        assertThat(home.select("table:has(caption:contains(各县区)) tbody th").eachText()).containsExactly("甲县", "乙县");
        Element yi = home.selectFirst("tbody tr:has(a[href=counties/990103/])");
        assertThat(yi.select("td").get(0).selectFirst(".status")).as("its latest verdict first").isNotNull();
        assertThat(yi.select("td").get(1).text()).isEqualTo("3");
        assertThat(yi.select("td").get(2).text()).as("its newest year heads the column").isEqualTo("1,410");
        assertThat(home.select("thead th").eachText()).contains("在校生 2024—2025学年");
        assertThat(home.selectFirst("main p:contains(共 2 个县区、5 所学校)")).isNotNull();

        Document county = site.html("counties/990103/index.html");
        assertThat(county.selectFirst("h1").text()).startsWith("乙县县域概况");
        assertThat(county.select(".figures li").eachText()).contains("3 学校数", "1,410 小学在校生");
        assertThat(county.select("main figure svg")).as("its CV chart and its trend").hasSizeGreaterThanOrEqualTo(2);
        assertThat(county.select(".figures a").attr("href")).isEqualTo("../../counties/990103/schools/");
        assertThat(county.select("a:contains(查看评估详情)").attr("href")).isEqualTo("../../counties/990103/assessment/");
        site.assertPage("en/counties/990103/index.html", "Schools");

        // a county the configuration gives no English name: its Chinese name, marked, then its pinyin
        Document english = site.html("en/index.html");
        assertThat(english.select("tbody th").eachText()).containsExactly("甲县 (Jia Xian)", "乙县 (Yi Xian)");
        assertThat(english.select("tbody th [lang=zh-CN]").eachText()).containsExactly("甲县", "乙县");
        assertThat(site.html("en/counties/990103/index.html").selectFirst("h1").text()).startsWith("乙县 (Yi Xian)");
    }

    @Test
    void eachCountyHasItsOwnSchoolIndexWhoseTownsAndFiltersAreItsOwnAsAreTheComparePickersTowns() {
        TestSite site = TestSite.in(temp, PORTAL);
        site.build();

        Document index = site.html("schools/index.html");
        assertThat(index.select("main li a").eachAttr("href"))
                .containsExactly("../counties/990102/schools/", "../counties/990103/schools/");
        assertThat(index.select("main li").eachText()).containsExactly("甲县 2 所学校", "乙县 3 所学校");
        assertThat(index.select("#school-finder")).as("no finder over every county").isEmpty();

        Document jia = site.html("counties/990102/schools/index.html");
        assertThat(jia.select(".school-list a").eachText()).containsExactly("甲县一小", "甲县二小");
        assertThat(jia.select("#finder-town option").eachAttr("value")).containsExactly("", "城关镇");
        assertThat(jia.select("#finder-ownership option").eachAttr("value")).containsExactly("", "public");
        Document yi = site.html("counties/990103/schools/index.html");
        assertThat(yi.select("h2").eachText()).containsExactly("城关镇 1 所", "河口镇 2 所");
        assertThat(yi.select("#finder-ownership option").eachAttr("value")).containsExactly("", "public", "private");

        // the compare page lists the counties; each county's schools wait in a small file its script loads
        Document compare = site.html("compare/index.html");
        assertThat(compare.select("#compare-county option").eachText()).containsExactly("甲县", "乙县");
        assertThat(compare.select("#compare-county option").eachAttr("value")).containsExactly("990102", "990103");
        assertThat(compare.select("#compare-school option")).as("no school of the whole portal in the page").isEmpty();
        assertThat(compare.select("#compare-app").attr("data-pickers-url")).isEqualTo("../counties/");
        assertThat(compare.select("#by-indicator ~ ul a").eachAttr("href"))
                .containsExactly("../counties/990102/", "../counties/990103/");
        assertThat(json(site.file("counties/990103/compare.json"))).isEqualTo(json("""
                {"groups": [{"label": "城关镇", "schools": [["2199030001", "乙县一小"]]},
                            {"label": "河口镇", "schools": [["2199030002", "乙县二小"], ["2199030003", "乙县三小"]]}]}
                """));
        assertThat(json(site.file("en/counties/990102/compare.json")).at("/groups/0/label").asText())
                .isEqualTo("Chengguan Zhen");
        assertThat(site.html("en/compare/index.html").select("#compare-county option").eachText())
                .containsExactly("Jia Xian", "Yi Xian");

        Document profile = site.html("schools/2199030002/index.html");
        assertThat(profile.select(".breadcrumb a").eachAttr("href"))
                .containsExactly("../../schools/", "../../counties/990103/schools/");
    }

    @Test
    void eachCountyHasItsOwnZonesWithItsOwnTownsLookupAndChanges() {
        TestSite site = TestSite.in(temp, PORTAL);
        site.build();

        Document byCounty = site.html("enrollment/2024/zones/index.html");
        assertThat(byCounty.select("main li").eachText()).containsExactly("甲县 2 个片区", "乙县 3 个片区");
        assertThat(byCounty.select("main li a").eachAttr("href")).containsExactly(
                "../../../counties/990102/enrollment/2024/zones/", "../../../counties/990103/enrollment/2024/zones/");

        Document jia = site.html("counties/990102/enrollment/2024/zones/index.html");
        assertThat(jia.selectFirst("h1").text()).isEqualTo("2024年甲县义务教育招生划片范围");
        assertThat(jia.select(".zone-town h3").eachText()).containsExactly("城关镇");
        assertThat(jia.select(".zone-list > li").eachText()).containsExactly("解放社区", "锦城名苑小区");
        assertThat(jia.select(".zone-school > p a").eachText()).containsOnly("甲县一小", "甲县二小");
        assertThat(jia.selectFirst("#zone-index").data()).as("the county's own areas only")
                .contains("\"jcmyxq\"").doesNotContain("\"dmsq\"");
        assertThat(jia.select(".changes li").eachText()).singleElement().asString().contains("锦城名苑小区");
        assertThat(jia.select("nav.toc a[aria-current=page]").eachText()).containsExactly("2024年");

        Document yi = site.html("counties/990103/enrollment/2024/zones/index.html");
        assertThat(yi.select(".zone-town h3").eachText()).containsExactly("城关镇", "河口镇");
        assertThat(yi.select(".changes li").eachText()).hasSize(2).noneMatch(change -> change.contains("锦城名苑小区"));
        assertThat(yi.select("p.note:contains(民办学校) a").eachText()).containsExactly("乙县三小");
        assertThat(jia.select("p.note:contains(民办学校)")).isEmpty();

        assertThat(site.html("schools/2199030002/index.html").select("a[href$=zones/]").eachAttr("href"))
                .containsExactly("../../counties/990103/enrollment/2024/zones/");
    }

    @Test
    void aSchoolsZoneChangesAreItsCountysEvenWhereTwoCountiesNameAnAreaAlike() {
        TestSite site = TestSite.in(temp, PORTAL);
        site.write("content/enrollment/2023/zones.csv", """
                学校标识码,学段,乡镇街道,片区,门牌范围,备注
                2199020001,小学,城关镇,新城社区,,
                2199030001,小学,城关镇,新城社区,,
                """);
        site.write("content/enrollment/2024/zones.csv", """
                学校标识码,学段,乡镇街道,片区,门牌范围,备注
                2199020001,小学,城关镇,新城社区,,
                2199030002,小学,城关镇,新城社区,,
                """);
        site.build();

        assertThat(site.html("schools/2199030002/index.html").select("ul.changes li")).singleElement()
                .satisfies(change -> {
                    assertThat(change.text()).contains("新城社区", "新划入本校");
                    assertThat(change.select("a").eachText()).as("乙县's own school, not 甲县's of the same name")
                            .containsExactly("乙县一小");
                });
        assertThat(site.html("schools/2199030001/index.html").select("ul.changes li a").eachText())
                .containsExactly("乙县二小");
        assertThat(site.html("schools/2199020001/index.html").select("ul.changes")).isEmpty();
        assertThat(site.html("counties/990103/enrollment/2024/zones/index.html").select(".changes li").eachText())
                .singleElement().asString().contains("新城社区");
    }

    @Test
    void aCountyWithoutZonesTheYearBeforeShowsNoZoneChangesOnItsSchoolsProfiles() {
        TestSite site = TestSite.in(temp, PORTAL);
        site.write("content/enrollment/2023/zones.csv", """
                学校标识码,学段,乡镇街道,片区,门牌范围,备注
                2199020001,小学,城关镇,解放社区,,
                """);
        site.build();

        assertThat(site.html("counties/990103/enrollment/2024/zones/index.html").select(".changes")).isEmpty();
        assertThat(site.html("schools/2199030001/index.html").select("ul.changes")).as("乙县 had no zones in 2023")
                .isEmpty();
        assertThat(site.html("schools/2199020002/index.html").select("ul.changes li").eachText())
                .singleElement().asString().contains("锦城名苑小区");
    }

    @Test
    void eachCountyHasItsOwnPlansAndResultsShowingItsRowsAsSuppressedForThePortalAndNoTotalOfThem() {
        TestSite site = TestSite.in(temp, PORTAL);
        site.build();

        Document byCounty = site.html("enrollment/2024/plans/index.html");
        assertThat(byCounty.select("main li").eachText()).containsExactly("甲县 1 所学校", "乙县 2 所学校");

        Document yi = site.html("counties/990103/enrollment/2024/plans/index.html");
        assertThat(yi.select("table:has(caption:contains(招生计划)) tbody th").eachText())
                .containsExactly("乙县一小", "乙县二小", "全县合计");
        assertThat(yi.select("table:has(caption:contains(招生计划)) tbody tr").last().text()).isEqualTo("全县合计 5 210");
        Element admitted = yi.selectFirst("table:has(caption:contains(录取))");
        assertThat(admitted.select("tbody th").eachText()).as("no total: it could give a hidden cell away")
                .containsExactly("乙县一小", "乙县二小");
        // 3 children is under the threshold of 5: hidden, and the county's other cell with it, as on the open data
        assertThat(admitted.select("tbody tr").first().select("td").eachText()).contains("*");
        Document jia = site.html("counties/990102/enrollment/2024/plans/index.html");
        assertThat(jia.select("table:has(caption:contains(录取)) tbody th").eachText()).containsExactly("甲县一小");
    }

    @Test
    void eachCountyHasItsOwnProjectsAndThePortalsPageSetsTheCountiesSideBySide() {
        TestSite site = TestSite.in(temp, PORTAL);
        site.build(java.time.LocalDate.of(2025, 6, 30));

        Document portal = site.html("projects/index.html");
        assertThat(portal.select(".facts div").eachText()).contains("项目数 4", "逾期未完成 2");
        assertThat(portal.select("#by-county ~ div tbody tr").eachText())
                .containsExactly("甲县 1 1 0 1,200", "乙县 2 0 1 190.5");
        assertThat(portal.select("#by-county ~ div tbody a").eachAttr("href"))
                .containsExactly("../counties/990102/projects/", "../counties/990103/projects/");
        assertThat(portal.select(".projects .project-title").eachText())
                .as("only the project of no school is listed here").containsExactly("骨干教师培养 逾期");

        Document yi = site.html("counties/990103/projects/index.html");
        assertThat(yi.selectFirst("h1").text()).isEqualTo("乙县项目进展");
        assertThat(yi.select("#all-projects ~ .projects .project-title").eachText())
                .containsExactly("围墙 逾期", "风雨操场");
        assertThat(yi.select("#overdue ~ ul a").eachText()).containsExactly("围墙");
        assertThat(yi.select(".chart-figure")).hasSize(1);
        assertThat(site.html("schools/2199030001/index.html").select("#school-projects ~ p a").attr("href"))
                .isEqualTo("../../counties/990103/projects/");
        assertThat(yi.select("a:contains(结对共建和学区)").attr("href")).isEqualTo("../../../counties/990103/partnerships/");
    }

    @Test
    void eachCountyListsThePartnershipsItsSchoolsLeadAndProfilesLinkThere() {
        TestSite site = TestSite.in(temp, PORTAL);
        site.build();

        Document portal = site.html("partnerships/index.html");
        assertThat(portal.select("main li").eachText()).containsExactly("甲县 1 个", "乙县 1 个");
        assertThat(portal.select("article")).isEmpty();
        assertThat(site.html("counties/990102/partnerships/index.html").select("article h3").eachText())
                .containsExactly("甲县一小结对共建");
        assertThat(site.html("counties/990103/partnerships/index.html").select("article h3").eachText())
                .as("led by 乙县's school, though a member is 甲县's").containsExactly("甲乙两县联盟");
        assertThat(site.html("schools/2199020002/index.html").select("#partners ~ ul a[href*=partnerships]")
                .eachAttr("href")).containsExactlyInAnyOrder("../../counties/990102/partnerships/#jia",
                "../../counties/990103/partnerships/#across");
    }

    @Test
    void thePortalsDocumentListShowsTheNewestEachCountyHasItsFilterWithItsSchoolsAndLongFiltersArePaged() {
        TestSite site = TestSite.in(temp, PORTAL);
        writeManyDocuments(site);
        site.build();

        Document index = site.html("disclosures/index.html");
        assertThat(index.select("main .documents li")).hasSize(50);
        assertThat(index.select("main .documents li a").first().text()).isEqualTo("第55号通知");
        assertThat(index.select("p.note:contains(最新的 50 份文件)")).isNotEmpty();
        assertThat(index.select("nav[aria-label=按县区] a").eachText()).containsExactly("甲县（1）", "乙县（57）");
        assertThat(index.select("nav[aria-label=按学校]")).as("schools are listed on their county's page").isEmpty();

        Document jia = site.html("disclosures/by-county/990102/index.html");
        assertThat(jia.select("main .documents li a").eachText()).containsExactly("两县联合通知");
        assertThat(jia.select("nav[aria-label=按学校] a").eachText()).containsExactly("甲县一小（1）");
        // every county and school only where it is the page's own: listing them on every filter page would grow
        // with the square of the portal
        assertThat(jia.select("nav[aria-label=按县区] a").eachText()).containsExactly("甲县（1）");
        Document school = site.html("disclosures/by-school/2199030001/index.html");
        assertThat(school.select("nav[aria-label=按县区] a").eachText()).containsExactly("乙县（57）");
        assertThat(school.select("nav[aria-label=按学校] a").eachText()).containsExactly("乙县一小（56）");
        assertThat(site.html("disclosures/by-year/2024/index.html").select("nav[aria-label=按县区]")).isEmpty();
        assertThat(jia.select("nav.pagination")).as("a filter of fifty documents or fewer has one page").isEmpty();

        // a filter of more than fifty documents is cut into pages of fifty, newest first, each linking the others
        Document yi = site.html("disclosures/by-county/990103/index.html");
        assertThat(yi.select("main .documents li")).hasSize(50);
        assertThat(yi.select("main .documents li a").first().text()).isEqualTo("第55号通知");
        assertThat(yi.select("p.lead").text()).contains("57 份", "第 1 页，共 2 页。");
        assertThat(yi.select("nav.pagination a").eachText()).containsExactly("1", "2", "下一页");
        assertThat(yi.select("nav.pagination a[aria-current=page]").text()).isEqualTo("1");
        assertThat(yi.select("nav.pagination a[rel=next]").attr("href")).isEqualTo("../../../disclosures/by-county/990103/page/2/");
        Document yiSecond = site.html("disclosures/by-county/990103/page/2/index.html");
        assertThat(yiSecond.select("h1").text()).isEqualTo("信息公开：乙县（第 2 页）");
        assertThat(yiSecond.select("main .documents li a").eachText())
                .containsExactly("第5号通知", "第4号通知", "第3号通知", "第2号通知", "第1号通知", "乙县实施方案", "两县联合通知");
        assertThat(yiSecond.select("nav.pagination a").eachText()).containsExactly("上一页", "1", "2");
        assertThat(yiSecond.select("nav.pagination a[rel=prev]").attr("href"))
                .isEqualTo("../../../../../disclosures/by-county/990103/");
        assertThat(yiSecond.select("link[rel=canonical]").attr("href")).endsWith("/disclosures/by-county/990103/page/2/");
        assertThat(yiSecond.select("nav[aria-label=按县区] a[aria-current=page]").text())
                .as("its filter is still the current one").isEqualTo("乙县（57）");
        Document year = site.html("disclosures/by-year/2024/index.html");
        assertThat(year.select("main .documents li")).hasSize(50);
        assertThat(site.html("disclosures/by-year/2024/page/2/index.html").select("main .documents li")).hasSize(5);
        site.assertNoPage("disclosures/by-year/2024/page/3/index.html");
    }

    @Test
    void aOneCountySiteKeepsItsOverviewOnTheHomePageAndOneSchoolIndex() {
        TestSite site = TestSite.in(temp);
        site.build();

        Document home = site.html("index.html");
        assertThat(home.select("table:has(caption:contains(各县区))")).isEmpty();
        assertThat(home.select("main .figures a").attr("href")).isEqualTo("schools/");
        assertThat(site.html("schools/index.html").select("#school-finder")).isNotEmpty();
        assertThat(site.html("compare/index.html").select("optgroup").eachAttr("label")).contains("城关镇");
        assertThat(site.html("compare/index.html").select("#compare-county")).isEmpty();
        site.assertNoPage("counties/990102/compare.json");
        site.assertNoPage("counties/990102/index.html");
        assertThat(site.html("disclosures/index.html").select("nav[aria-label=按县区]")).isEmpty();
    }

    /**
     * 55 notices, one a day from 1 March 2024, each about one school of 乙县, and one about both counties:
     * with {@link #PORTAL}'s plan, 乙县 has 57 documents, more than a page of them.
     */
    public static void writeManyDocuments(TestSite site) {
        for (int day = 1; day <= 55; day++) {
            site.write("content/documents/notice-" + day + ".md", """
                    ---
                    title: 第%d号通知
                    type: 通知
                    date: %s
                    schools: ["2199030001"]
                    ---
                    通知。
                    """.formatted(day, java.time.LocalDate.of(2024, 3, 1).plusDays(day - 1)));
        }
        site.write("content/documents/both.md", """
                ---
                title: 两县联合通知
                type: 通知
                date: 2023-09-01
                schools: ["2199020001", "2199030002"]
                ---
                联合。
                """);
    }

    private static com.fasterxml.jackson.databind.JsonNode json(String text) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readTree(text);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
