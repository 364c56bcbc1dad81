package org.junheng.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junheng.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The school list carries what its finder script matches; the list is complete without the script. */
class SchoolFinderSiteTest {

    static final String SITE = """
            -- site-config.yml --
            """ + TestSite.CONFIG + """
            pinyin_overrides:
              长冲: chang chong
            -- content/schools.csv --
            """ + TestSite.SCHOOLS.strip() + """

            2199020004,长冲小学,长冲村小,小学,,990102,河口镇,乡村,民办,否,,
            -- content/enrollment/2023/zones.csv --
            学校标识码,学段,乡镇街道,片区,门牌范围,备注
            2199020001,小学,城关镇,锦城名苑小区,,
            -- content/enrollment/2024/zones.csv --
            学校标识码,学段,乡镇街道,片区,门牌范围,备注
            2199020001,小学,城关镇,解放社区,,
            2199020003,小学；初中,城关镇,锦城名苑小区,,
            2199020003,小学,河口镇,河口村,1—30号,
            2199020003,小学,河口镇,河口村,31—80号,
            2199020004,小学,河口镇,长冲村,,
            """;

    @TempDir
    Path temp;

    @Test
    void everySchoolCarriesItsNamesPinyinStagesPlaceAndZoneCommunities() {
        TestSite site = TestSite.in(temp, SITE);
        site.build();
        Document page = site.html("schools/index.html");

        Element shixiao = page.getElementById("school-2199020001");
        // the name is the item's link and the town its section's: the item repeats neither
        assertThat(shixiao.selectFirst("a").text()).isEqualTo("测试县实验小学");
        assertThat(shixiao.attr("data-aliases")).isEqualTo("实小");
        assertThat(shixiao.attr("data-pinyin")).isEqualTo("ce shi xian shi yan xiao xue|shi xiao");
        assertThat(shixiao.attr("data-stages")).isEqualTo("primary");
        assertThat(shixiao.closest("section.finder-town").attr("data-town")).isEqualTo("城关镇");
        assertThat(shixiao.hasAttr("data-town")).isFalse();
        assertThat(shixiao.attr("data-locality")).isEqualTo("urban");
        assertThat(shixiao.attr("data-ownership")).isEqualTo("public");
        // the newest year's zones: 锦城名苑小区 moved to another school in 2024
        assertThat(shixiao.attr("data-communities")).isEqualTo("解放社区");

        Element nineYear = page.getElementById("school-2199020003");
        assertThat(nineYear.attr("data-stages")).isEqualTo("primary junior");
        assertThat(nineYear.attr("data-communities").split(" "))
                .containsExactlyInAnyOrder("锦城名苑小区", "河口村");

        Element village = page.getElementById("school-2199020004");
        // the site's reading wins over the library's zhang
        assertThat(village.attr("data-pinyin")).isEqualTo("chang chong xiao xue|chang chong cun xiao");
        assertThat(village.attr("data-locality")).isEqualTo("rural");
        assertThat(village.attr("data-ownership")).isEqualTo("private");

        assertThat(page.getElementById("school-2199020002").hasAttr("data-communities")).isFalse();
        assertThat(page.getElementById("school-2199020002").hasAttr("data-aliases")).as("no alias").isFalse();
    }

    @Test
    void theFiltersOfferWhatTheSchoolsHaveAndTheListIsWholeWithoutTheScript() {
        TestSite site = TestSite.in(temp, SITE);
        site.build();
        Document page = site.html("schools/index.html");

        Element form = page.getElementById("school-finder");
        assertThat(form.tagName()).isEqualTo("form");
        assertThat(form.hasAttr("hidden")).as("the form waits for its script").isTrue();
        assertThat(form.attr("role")).isEqualTo("search");
        assertThat(page.select("label[for=finder-query]").text()).isEqualTo("查找学校");
        assertThat(options(page, "finder-stage")).containsExactly("", "primary", "junior");
        assertThat(options(page, "finder-town")).containsExactly("", "城关镇", "河口镇");
        assertThat(options(page, "finder-locality")).containsExactly("", "urban", "town", "rural");
        assertThat(options(page, "finder-ownership")).containsExactly("", "public", "private");
        for (String field : new String[] {"finder-stage", "finder-town", "finder-locality", "finder-ownership"}) {
            assertThat(page.select("label[for=" + field + "]").text()).as(field).isNotEmpty();
        }
        Element status = page.getElementById("finder-status");
        assertThat(status.attr("aria-live")).isEqualTo("polite");
        assertThat(form.attr("data-found")).contains("{n}");

        // every school is listed and every value a filter offers is one some school carries
        assertThat(page.select(".school-list li[data-pinyin]")).hasSize(4);
        for (Element school : page.select(".school-list li[data-pinyin]")) {
            assertThat(options(page, "finder-town")).contains(school.closest("section.finder-town").attr("data-town"));
            assertThat(options(page, "finder-locality")).contains(school.attr("data-locality"));
        }
        Element script = page.selectFirst("script[src$=school-finder.js]");
        assertThat(script.attr("src")).isEqualTo("../assets/js/school-finder.js");
        assertThat(script.hasAttr("defer")).isTrue();
        assertThat(site.file("assets/js/school-finder.js")).contains("school-finder", "data-pinyin")
                .doesNotContain("http");
    }

    private static java.util.List<String> options(Document page, String select) {
        return page.select("#" + select + " option").eachAttr("value");
    }
}
