package org.junheng.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junheng.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The compare page: what its script needs, and what it offers without the script. */
class CompareSiteTest {

    @TempDir
    Path temp;

    @Test
    void theComparePageOffersEverySchoolAndWithoutItsScriptTheIndicatorPages() throws Exception {
        TestSite site = TestSite.in(temp);
        site.build();
        Document page = site.html("compare/index.html");

        Element app = page.getElementById("compare-app");
        assertThat(app.hasAttr("hidden")).as("drawn by its script").isTrue();
        assertThat(app.attr("data-schools-url")).isEqualTo("../schools/");
        assertThat(page.select("label[for=compare-school]").text()).isNotEmpty();
        assertThat(page.select("#compare-school optgroup").eachAttr("label")).containsExactly("城关镇", "河口镇");
        assertThat(page.select("#compare-school option").eachAttr("value"))
                .containsExactly("2199020001", "2199020002", "2199020003");
        assertThat(page.getElementById("compare-status").attr("aria-live")).isEqualTo("polite");
        // each option names a school whose data the script reads
        for (String code : page.select("#compare-school option").eachAttr("value")) {
            JsonNode data = new ObjectMapper().readTree(site.file("schools/" + code + "/data.json"));
            assertThat(data.get("code").asText()).isEqualTo(code);
            assertThat(data.has("indicators")).isTrue();
            assertThat(data.has("school_parts")).isTrue();
            assertThat(data.has("statistics")).isTrue();
        }
        assertThat(page.select("#by-indicator ~ ul a").eachAttr("href"))
                .containsExactly("../indicators/L1/", "../indicators/L2/", "../indicators/L3/", "../indicators/L4/",
                        "../indicators/L5/", "../indicators/L6/", "../indicators/L7/");

        JsonNode labels = new ObjectMapper().readTree(page.getElementById("compare-labels").data());
        assertThat(labels.at("/outcomes/met").asText()).isEqualTo("达标");
        assertThat(labels.at("/outcomes/not_met").asText()).isEqualTo("未达标");
        assertThat(labels.at("/stages/primary").asText()).isEqualTo("小学");
        assertThat(labels.at("/indicators/L1").asText()).isNotEmpty();
        assertThat(labels.at("/years/2024").asText()).isEqualTo("2024—2025学年");
        Element script = page.selectFirst("script[src$=compare.js]");
        assertThat(script.attr("src")).isEqualTo("../assets/js/compare.js");
        assertThat(script.hasAttr("defer")).isTrue();
        assertThat(site.file("assets/js/compare.js")).contains("data.json", "?schools=").doesNotContain("http");
    }

    @Test
    void aProfileOffersToAddItsSchoolOnlyWithTheScript() {
        TestSite site = TestSite.in(temp);
        site.build();
        Document page = site.html("schools/2199020001/index.html");

        Element add = page.getElementById("compare-this");
        assertThat(add.attr("href")).isEqualTo("../../compare/?schools=2199020001");
        assertThat(add.attr("data-code")).isEqualTo("2199020001");
        assertThat(add.parent().hasAttr("hidden")).isTrue();
    }
}
