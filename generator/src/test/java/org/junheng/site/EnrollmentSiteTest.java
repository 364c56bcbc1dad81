package org.junheng.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junheng.TestSite;
import org.junheng.content.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Enrollment pages built from small inline sites: zones, their changes, suppressed results, result lists. */
class EnrollmentSiteTest {

    static final String ZONES_2023 = """
            -- content/enrollment/2023/zones.csv --
            学校标识码,学段,乡镇街道,片区,门牌范围,备注
            2199020001,小学,城关镇,解放社区,,
            2199020001,小学,城关镇,锦城名苑小区,,
            2199020002,初中,城关镇,解放社区,,
            2199020003,小学；初中,河口镇,河口村,,
            2199020003,小学,河口镇,下坪村,,
            """;

    static final String YEAR_2024 = """
            -- content/enrollment/2024/zones.csv --
            code,stage,town,area,range,note
            2199020001,小学,城关镇,解放社区,,
            2199020003,小学；初中,城关镇,锦城名苑小区,,2024年起划入
            2199020002,初中,城关镇,解放社区,,
            2199020003,小学；初中,河口镇,河口村,,
            2199020003,小学,河口镇,长冲村,1—30号,
            -- content/enrollment/2024/policy.md --
            ---
            title: 测试县2024年义务教育招生政策
            date: 2024-06-05
            materials: [户口簿, 居住地证明]
            channels:
              - { purpose: 咨询, name: 县教育局基础教育股, phone: 0790-6000301, hours: 工作日 }
            ---
            公办学校免试就近入学。
            -- content/enrollment/2024/timetable.csv --
            开始日期,结束日期,事项,学段,说明
            2024-06-15,2024-06-25,一年级报名,小学,"在县平台报名, 或到片区学校现场报名; 需要携带户口簿和居住地证明，以及其他能证明实际居住的材料"
            2024-07-20,,公布录取结果,,
            -- content/enrollment/2024/plans.csv --
            学校标识码,学段,计划班数,计划人数
            2199020001,小学,6,270
            2199020003,小学,2,90
            2199020002,初中,8,400
            -- content/enrollment/2024/admissions.csv --
            学校标识码,学段,类别,报名人数,录取人数
            2199020001,小学,本地户籍,230,228
            2199020001,小学,随迁子女,30,30
            2199020001,小学,政策性照顾,3,3
            2199020003,小学,本地户籍,80,80
            2199020003,小学,随迁子女,6,6
            2199020003,小学,政策性照顾,0,0
            """;

    static final String PINYIN_CONFIG = """
            -- site-config.yml --
            """ + TestSite.CONFIG + """
            pinyin_overrides:
              长冲: chang chong
            """;

    @TempDir
    java.nio.file.Path temp;

    @Test
    void aZonePlanOrAdmissionRowGivenTwiceIsRejectedWhereItIsRepeated() {
        TestSite site = TestSite.in(temp, ZONES_2023 + YEAR_2024
                .replace("2199020003,小学,河口镇,长冲村,1—30号,\n",
                        "2199020003,小学,河口镇,长冲村,1—30号,\n2199020003,小学,河口镇,长冲村,1—30号,再次\n"
                                + "2199020003,小学,河口镇,长冲村,31—60号,\n")
                .replace("2199020002,初中,8,400\n", "2199020002,初中,8,400\n2199020002,初中,9,450\n")
                .replace("2199020001,小学,政策性照顾,3,3\n",
                        "2199020001,小学,政策性照顾,3,3\n2199020001,小学,政策性照顾,4,4\n"));

        assertThat(site.buildRejected()).extracting(p -> p.rule() + " " + p.location().file() + ":" + p.location().line())
                .containsExactlyInAnyOrder("zone.duplicate content/enrollment/2024/zones.csv:7",
                        "plan.duplicate content/enrollment/2024/plans.csv:5",
                        "admission.duplicate content/enrollment/2024/admissions.csv:5");
    }

    @Test
    void theCurrentYearIsTheNewestInTheDataAndRepeatsTheYearPage() {
        TestSite site = TestSite.in(temp, ZONES_2023 + YEAR_2024);
        site.build();

        Document current = site.html("enrollment/index.html");
        assertThat(current.title()).contains("测试县2024年义务教育招生政策");
        assertThat(current.selectFirst("link[rel=canonical]").attr("href"))
                .isEqualTo("https://example.gov.cn/test/enrollment/2024/");
        site.assertPage("enrollment/2024/index.html", "6月15日—6月25日", "一年级报名", "户口簿", "0790-6000301",
                "href=\"tel:07906000301\"", "calendar.ics");
        site.assertPage("enrollment/2023/index.html", "2023年");
    }

    @Test
    void theZoneListIsTheWholeAnswerWithoutJavaScript() {
        TestSite site = TestSite.in(temp, ZONES_2023 + YEAR_2024);
        site.build();

        Document page = site.html("enrollment/2024/zones/index.html");
        // the search box waits for the script; the list is there for everyone
        assertThat(page.getElementById("zone-search").hasAttr("hidden")).isTrue();
        assertThat(page.select("noscript")).isEmpty();
        List<String> towns = page.select("section.zone-town h3").eachText();
        assertThat(towns).containsExactlyInAnyOrder("城关镇", "河口镇");
        // as bureaus publish them: town by town, each stage's schools with the areas they admit from
        assertThat(zoned(page, "城关镇")).containsExactly(
                "小学 测试县实验小学：解放社区",
                "小学 河口镇九年一贯制学校：锦城名苑小区 2024年起划入",
                "初中 河口镇九年一贯制学校：锦城名苑小区 2024年起划入",
                "初中 测试县第一中学：解放社区");
        assertThat(zoned(page, "河口镇")).containsExactly(
                "小学 河口镇九年一贯制学校：河口村、长冲村（1—30号）",
                "初中 河口镇九年一贯制学校：河口村");
        assertThat(page.select("main script[src]").attr("src")).isEqualTo("../../../assets/js/zone-lookup.js");
        assertThat(site.file("assets/js/zone-lookup.js")).contains("zone-index").doesNotContain("http");
    }

    @Test
    void theLookupIndexCarriesPinyinInitialsWithTheSitesOverrides() throws Exception {
        TestSite site = TestSite.in(temp, ZONES_2023 + YEAR_2024 + PINYIN_CONFIG);
        site.build();

        Document page = site.html("enrollment/2024/zones/index.html");
        JsonNode index = new ObjectMapper().readTree(page.getElementById("zone-index").data());
        JsonNode jiefang = find(index, page, "解放社区");
        assertThat(jiefang.get("i").asText()).isEqualTo("jfsq");
        assertThat(jiefang.get("p").asText()).isEqualTo("jiefangshequ");
        // the library reads 长 as zhang; the site's override says chang
        assertThat(find(index, page, "长冲村（1—30号）").get("i").asText()).startsWith("ccc");
        // one entry per area listed, and no more than its id and pinyin: the name and town are on the page
        assertThat(index).extracting(entry -> entry.get("id").asText())
                .containsExactlyElementsOf(page.select(".zone-list > li").eachAttr("id"));
        assertThat(index).allSatisfy(entry -> assertThat(entry.size()).isEqualTo(3));
    }

    /** Each school the town's section lists, as "stage school：area、area". */
    private static List<String> zoned(Document page, String town) {
        Element section = page.select("section.zone-town:has(h3:containsOwn(" + town + "))").first();
        assertThat(section).as("the section of %s", town).isNotNull();
        return section.select(".zone-school").stream().map(school -> school.parent().selectFirst("h4").text() + " "
                + school.selectFirst("p").text() + "："
                + String.join("、", school.select(".zone-list > li").eachText())).toList();
    }

    /** The index entry of the first area the page shows as {@code name}. */
    private static JsonNode find(JsonNode index, Document page, String name) {
        String id = page.select(".zone-list > li").stream()
                .filter(area -> area.ownText().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no area " + name)).id();
        for (JsonNode entry : index) {
            if (entry.get("id").asText().equals(id)) {
                return entry;
            }
        }
        throw new AssertionError("no entry " + name + " in " + index);
    }

    @Test
    void changesSinceLastYearShowOnTheLookupAndOnEachProfile() {
        TestSite site = TestSite.in(temp, ZONES_2023 + YEAR_2024);
        site.build();

        List<String> changes = site.html("enrollment/2024/zones/index.html").select("ul.changes li").eachText();
        assertThat(changes).anySatisfy(c -> assertThat(c).contains("调整", "锦城名苑小区（小学）", "测试县实验小学",
                        "河口镇九年一贯制学校"))
                .anySatisfy(c -> assertThat(c).contains("新增", "锦城名苑小区（初中）"))
                .anySatisfy(c -> assertThat(c).contains("取消", "下坪村"))
                .anySatisfy(c -> assertThat(c).contains("新增", "长冲村（1—30号）"));
        assertThat(site.html("schools/2199020001/index.html").select("#enrollment ~ ul.changes li, section:has(#enrollment) ul.changes li")
                .eachText()).anySatisfy(c -> assertThat(c).contains("锦城名苑小区", "划出本校"));
        assertThat(site.html("schools/2199020003/index.html").select("section:has(#enrollment) ul.changes li").eachText())
                .anySatisfy(c -> assertThat(c).contains("锦城名苑小区", "新划入本校"))
                .anySatisfy(c -> assertThat(c).contains("下坪村", "不再划入本校"));
    }

    @Test
    void resultsAreSuppressedTheSameWayOnTheCountyPageAndTheProfile() {
        TestSite site = TestSite.in(temp, YEAR_2024);
        site.build();

        Document plans = site.html("enrollment/2024/plans/index.html");
        Element admitted = plans.selectFirst("table:has(caption:contains(小学录取人数))");
        List<String> shiyan = admitted.select("tr:has(th:containsOwn(测试县实验小学)) td").eachText();
        // 228 local, 30 migrant, 3 special care (total 261): the 3 is hidden, and so is the 30
        assertThat(shiyan).containsExactly("228", "*", "*", "261");
        assertThat(admitted.text()).doesNotContain(" 3 ");
        assertThat(plans.text()).contains("少于 5 人");
        List<String> profile = site.html("schools/2199020001/index.html")
                .selectFirst("table:has(caption:contains(录取人数（按类别）))").select("td").eachText();
        assertThat(profile).containsExactly("228", "*", "*", "261");
    }

    @Test
    void theThresholdComesFromTheConfiguration() {
        TestSite site = TestSite.in(temp, YEAR_2024 + """
                -- site-config.yml --
                """ + TestSite.CONFIG + "suppression_threshold: 10\n");
        site.build();

        List<String> hekou = site.html("enrollment/2024/plans/index.html")
                .selectFirst("table:has(caption:contains(小学录取人数))")
                .select("tr:has(th:containsOwn(九年一贯制)) td").eachText();
        assertThat(hekou).contains("*").doesNotContain("6");
    }

    @Test
    void theCalendarIsRfc5545WithCrlfFoldedLinesAndStableIds() {
        TestSite site = TestSite.in(temp, YEAR_2024);
        site.build();
        String ics = site.file("enrollment/2024/calendar.ics");

        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n").endsWith("END:VCALENDAR\r\n");
        assertThat(ics.replace("\r\n", "")).doesNotContain("\n");
        for (String line : ics.split("\r\n")) {
            assertThat(line.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
        }
        String unfolded = ics.replace("\r\n ", "");
        assertThat(unfolded).contains("DTSTART;VALUE=DATE:20240615\r\nDTEND;VALUE=DATE:20240626\r\n",
                "DTSTAMP:20240605T000000Z", "SUMMARY:一年级报名（小学）",
                "DESCRIPTION:在县平台报名\\, 或到片区学校现场报名\\; 需要携带户口簿和居住地证明，以及其他能证明实际居住的材料");
        assertThat(ics).as("the long description is folded").contains("\r\n ");
        List<String> uids = unfolded.lines().filter(l -> l.startsWith("UID:")).toList();
        assertThat(uids).hasSize(2).doesNotHaveDuplicates().allMatch(uid -> uid.endsWith("@example.gov.cn"));

        // moving an event's dates keeps its UID
        site.write("content/enrollment/2024/timetable.csv", """
                开始日期,结束日期,事项,学段,说明
                2024-06-16,2024-06-26,一年级报名,小学,
                2024-07-20,,公布录取结果,,
                """);
        site.build();
        assertThat(site.file("enrollment/2024/calendar.ics").replace("\r\n ", "").lines()
                .filter(l -> l.startsWith("UID:")).toList()).isEqualTo(uids);
    }

    @Test
    void aChannelWithAMobileNumberIsRejected() {
        TestSite site = TestSite.in(temp, YEAR_2024);
        site.write("content/enrollment/2024/policy.md", """
                ---
                title: 政策
                date: 2024-06-05
                channels:
                  - { purpose: 咨询, name: 王老师, phone: "13912345678" }
                ---
                正文
                """);

        List<Problem> problems = site.buildRejected();

        assertThat(problems).as("one problem for the number, not a second from the privacy rules")
                .filteredOn(p -> p.location().line() == 5).extracting(Problem::rule)
                .containsExactly("enrollment.channel-mobile");
    }

    @Test
    void zonesMustNameSchoolsThatExistForStagesTheyTeach() {
        TestSite site = TestSite.in(temp, """
                -- content/enrollment/2024/zones.csv --
                学校标识码,学段,乡镇街道,片区
                2199020009,小学,城关镇,解放社区
                2199020002,小学,城关镇,解放社区
                """);

        assertThat(site.buildRejected()).extracting(Problem::rule)
                .containsExactly("enrollment.unknown-school", "enrollment.stage-not-taught");

        site.write("content/enrollment/2024/zones.csv", """
                学校标识码,学段,乡镇街道,片区
                2199020001,高中,城关镇,解放社区
                """);
        assertThat(site.buildRejected()).extracting(Problem::rule).containsExactly("cell.not-stage");
    }

    static final String RESULT_LIST = """
            -- content/enrollment/2024/results/lottery.yml --
            title: 测试县实验小学2024年一年级录取名单
            school: "2199020001"
            published: 2024-07-20
            notice_start: 2024-07-20
            notice_end: 2024-07-26
            -- content/enrollment/2024/results/lottery.csv --
            姓名,报名号,类别,录取结果
            张晓明,2024010001,本地户籍,录取
            李华,2024010002,随迁子女,录取
            欧阳小红,2024010003,本地户籍,录取
            """;

    @Test
    void aResultListIsPublishedMaskedDuringItsNoticePeriod() {
        TestSite site = TestSite.in(temp, YEAR_2024 + RESULT_LIST);
        site.build(LocalDate.of(2024, 7, 22));

        String list = site.file("enrollment/2024/results/lottery/index.html");
        assertThat(list).contains("张*明", "李*", "欧*红", "2024-07-26", "2024010001")
                .doesNotContain("张晓明", "李华", "欧阳小红", "晓");
        site.assertPage("enrollment/2024/index.html", "测试县实验小学2024年一年级录取名单");
    }

    @Test
    void aResultListDisappearsOnceItsNoticePeriodHasEnded() {
        TestSite site = TestSite.in(temp, YEAR_2024 + RESULT_LIST);
        site.build(LocalDate.of(2024, 7, 27));

        site.assertNoPage("enrollment/2024/results/lottery/index.html");
        assertThat(site.file("enrollment/2024/index.html")).doesNotContain("录取名单");
        assertThat(site.file("sitemap.xml")).doesNotContain("lottery");

        site.build(LocalDate.of(2024, 7, 19));
        site.assertNoPage("enrollment/2024/results/lottery/index.html");
    }

    @Test
    void withoutABuildDateTheNewestContentItemDecidesSoTheClockNeverDoes() {
        // the newest item is the list's own publication date, inside the period
        TestSite site = TestSite.in(temp, YEAR_2024 + RESULT_LIST);
        site.build();
        site.assertPage("enrollment/2024/results/lottery/index.html", "张*明");

        site.write("content/documents/2024-later.md", """
                ---
                title: 后来的通知
                type: 通知
                date: 2024-09-01
                ---
                正文
                """);
        site.build();
        site.assertNoPage("enrollment/2024/results/lottery/index.html");
    }

    @Test
    void aResultListWithPersonalColumnsOrValuesIsRejected() {
        TestSite site = TestSite.in(temp, YEAR_2024 + RESULT_LIST);
        site.write("content/enrollment/2024/results/lottery.csv", """
                姓名,身份证号,联系电话,家庭住址,出生日期,备注
                张晓明,36010220180101123X,13912345678,解放路1号,2018-01-01,
                李华,,,,,电话13800001111
                """);

        List<Problem> problems = site.buildRejected();

        assertThat(problems).filteredOn(p -> p.rule().equals("result-list.personal-column"))
                .extracting(Problem::value).containsExactlyInAnyOrder("身份证号", "联系电话", "家庭住址", "出生日期");
        assertThat(problems).extracting(Problem::rule).contains("result-list.personal-value");
        // a problem report must not repeat the personal data it found
        assertThat(problems).extracting(Problem::value).doesNotContain("13800001111");
    }

    @Test
    void aListWithoutADeclarationHasNoNoticePeriodAndIsRejected() {
        TestSite site = TestSite.in(temp, """
                -- content/enrollment/2024/results/names.csv --
                报名号,录取结果
                2024010001,录取
                """);

        assertThat(site.buildRejected()).extracting(Problem::rule).containsExactly("result-list.undeclared");
    }
}
