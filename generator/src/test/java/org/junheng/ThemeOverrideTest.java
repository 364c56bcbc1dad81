package org.junheng;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A site's own templates/ and assets/ files take the place of the built-in theme's files of
 * the same name; everything else still comes from the built-in theme. This is the example
 * override of docs/themes.md.
 */
class ThemeOverrideTest {

    static final String NOTE = "<p class=\"local-note\">本页数据由学校填报、县教育局核查。</p>";
    static final String FAVICON = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 16 16\"><rect width=\"16\" height=\"16\" fill=\"#8b0000\"/></svg>\n";

    @TempDir
    Path temp;

    /** The example override: one label reworded, one line added to the school page, a stylesheet and an icon. */
    static TestSite overridingSite(Path folder) throws IOException {
        String schoolTemplate = builtIn("templates/school.ftlh").replace("</@layout.frame>", NOTE + "\n</@layout.frame>");
        return TestSite.in(folder, """
                -- templates/i18n/zh-CN.yml --
                nav.schools: 学校名录与办学条件
                -- assets/css/local.css --
                :root { --accent: #8b0000; }
                .local-note { color: var(--muted); font-size: 0.9rem; }
                """)
                .write("templates/school.ftlh", schoolTemplate)
                .write("assets/icons/favicon.svg", FAVICON);
    }

    @Test
    void aRewordedLabelReplacesOnlyThatLabelOnEveryPage() throws Exception {
        TestSite site = overridingSite(temp);
        site.build();

        for (String page : new String[] {"index.html", "schools/index.html", "schools/2199020001/index.html",
                "about/index.html", "404.html"}) {
            Document html = site.html(page);
            assertThat(html.select("header nav a").eachText()).as(page)
                    .contains("首页", "学校名录与办学条件", "信息公开", "关于").doesNotContain("学校");
            assertThat(html.select("a.skip-link").text()).as(page).isEqualTo("跳到正文");
        }
    }

    @Test
    void aSitesTemplateWinsAndTheOtherTemplatesComeFromTheBuiltInTheme() throws Exception {
        TestSite site = overridingSite(temp);
        site.build();

        site.assertPage("schools/2199020001/index.html", NOTE, "测试县实验小学", "基本情况", "城关镇解放路1号");
        site.assertPage("schools/2199020003/index.html", NOTE);
        for (String page : new String[] {"index.html", "schools/index.html", "about/index.html"}) {
            assertThat(site.file(page)).as(page).doesNotContain("local-note").contains("<footer class=\"site-footer\">");
        }
    }

    @Test
    void aSitesAssetReplacesTheBuiltInOneAndAnAddedStylesheetIsLinkedAfterTheTheme() throws Exception {
        TestSite site = overridingSite(temp);
        site.build();

        assertThat(site.file("assets/icons/favicon.svg")).isEqualTo(FAVICON);
        assertThat(site.file("assets/css/site.css")).isEqualTo(builtIn("assets/css/site.css"));
        assertThat(site.file("assets/css/local.css")).contains("--accent: #8b0000");
        assertThat(site.html("schools/2199020001/index.html").select("link[rel=stylesheet]").eachAttr("href"))
                .containsExactly("../../assets/css/site.css", "../../assets/css/print.css", "../../assets/css/local.css");
        Document notFound = site.html("404.html");
        assertThat(notFound.select("link[rel=stylesheet]")).as("the 404 page carries its styles inside itself").isEmpty();
        String style = notFound.selectFirst("head style").data();
        assertThat(style).as("the theme's stylesheet, then the site's own")
                .isEqualTo(builtIn("assets/css/site.css") + "\n" + site.file("assets/css/local.css"));
        assertThat(notFound.selectFirst("link[rel=icon]").attr("href")).isEqualTo("/test/assets/icons/favicon.svg");
    }

    @Test
    void aSiteWithoutItsOwnStylesheetLoadsOnlyTheTheme() {
        TestSite site = TestSite.in(temp);
        site.build();

        assertThat(site.html("index.html").select("link[rel=stylesheet]").eachAttr("href"))
                .containsExactly("assets/css/site.css", "assets/css/print.css");
        site.assertNoPage("assets/css/local.css");
    }

    static String builtIn(String path) throws IOException {
        try (InputStream in = ThemeOverrideTest.class.getResourceAsStream("/org/junheng/theme/" + path)) {
            assertThat(in).as("built-in theme file %s", path).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
