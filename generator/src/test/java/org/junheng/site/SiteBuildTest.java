package org.junheng.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junheng.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteBuildTest {

    @TempDir
    Path temp;

    @Test
    void buildsEveryPageTypeFromASmallSite() throws Exception {
        TestSite site = TestSite.in(temp, """
                -- content/documents/2024-plan.md --
                ---
                title: 测试县优质均衡发展实施方案
                type: 工作方案
                date: 2024-03-18
                written: 2024-03-12
                issuer: 测试县教育局
                number: 测教发〔2024〕8号
                index: 990102-JY-2024-0008
                topic: 教育
                schools: ["2199020001"]
                ---
                ## 工作目标

                到 2026 年，全县义务教育学校达到优质均衡标准。
                -- content/about.md --
                本站由测试县教育局主办。
                """);

        var result = site.build();

        try (var files = java.nio.file.Files.walk(site.out())) {
            assertThat(result.pages()).as("the summary counts the pages written")
                    .isEqualTo(files.filter(f -> f.toString().endsWith(".html")).count());
        }
        site.assertPage("index.html", "<html lang=\"zh-CN\">", "测试县义务教育信息公开", "测教发〔2024〕8号")
                .assertPage("schools/index.html", "城关镇", "河口镇", "测试县实验小学", "测试县第一中学", "九年一贯制")
                .assertPage("schools/2199020001/index.html", "测试县实验小学", "城关镇解放路1号", "0790-6000001",
                        "1,200", "测试县优质均衡发展实施方案")
                .assertPage("disclosures/index.html", "测试县优质均衡发展实施方案", "测教发〔2024〕8号")
                .assertPage("disclosures/2024-plan/index.html", "990102-JY-2024-0008", "测试县教育局", "2024-03-12",
                        "<h2 id=\"工作目标\">工作目标</h2>", "测试县实验小学")
                .assertPage("about/index.html", "本站由测试县教育局主办。")
                .assertPage("404.html", "页面不存在", "href=\"/test/\"")
                .assertPage("assets/css/site.css", ":root");
    }

    @Test
    void profileShowsLatestStatisticsPerStageAndFacilities() {
        TestSite site = TestSite.in(temp);
        site.build();

        Document profile = site.html("schools/2199020003/index.html");
        Element stages = profile.selectFirst("table:has(caption:contains(学生和教师))");
        assertThat(stages.select("thead th").eachText()).containsExactly("项目", "小学", "初中");
        assertThat(stages.select("tr:has(th:contains(在校生数)) td").eachText()).containsExactly("400", "200");
        assertThat(stages.select("tr:has(th:contains(平均班额)) td").eachText()).containsExactly("33.3", "33.3");
        assertThat(profile.select("table:has(caption:contains(办学条件)) tr:has(th:contains(教学及辅助用房面积)) td")
                .eachText()).containsExactly("3,000", "㎡");
        assertThat(profile.select("table:has(caption:contains(办学条件)) tr:has(th:contains(体育馆面积)) td")
                .eachText()).as("an empty cell is not reported, never zero").containsExactly("—", "㎡");
    }

    @Test
    void everyInternalLinkIsRelativeSoTheSiteWorksUnderAnySubPath() {
        TestSite site = TestSite.in(temp);
        site.build();

        for (String page : new String[] {"index.html", "schools/index.html", "schools/2199020001/index.html",
                "disclosures/index.html", "about/index.html"}) {
            Document html = site.html(page);
            assertThat(html.select("a[href]:not([rel~=external]):not([rel~=license]), link[href]:not([rel=canonical]):not([rel=alternate][hreflang])")
                    .eachAttr("href"))
                    .as(page).allSatisfy(href -> assertThat(href).doesNotStartWith("/").doesNotStartWith("http"));
        }
        assertThat(site.html("schools/2199020001/index.html").selectFirst("link[rel=stylesheet]").attr("href"))
                .isEqualTo("../../assets/css/site.css");
    }

    @Test
    void baseUrlCanBeOverriddenForCanonicalAddresses() throws Exception {
        TestSite site = TestSite.in(temp);
        new SiteBuilder().build(new BuildOptions(site.root(), site.out(),
                java.util.Optional.of("https://portal.example.org/zl/junheng"), 1),
                org.junheng.render.SiteRenderer.ProgressListener.SILENT);

        site.assertPage("schools/index.html", "<link rel=\"canonical\" href=\"https://portal.example.org/zl/junheng/schools/\">")
                .assertPage("404.html", "href=\"/zl/junheng/\"");
    }

    @Test
    void documentBodiesAreSanitised() {
        TestSite site = TestSite.in(temp, """
                -- content/documents/notice.md --
                ---
                title: 通知
                type: 通知
                date: 2024-05-01
                ---
                正文<script>alert(1)</script><img src="x.png" onerror="alert(2)">
                [点我](javascript:alert(3)) <iframe src="https://evil.example/"></iframe>
                ![远程图片](https://tracker.example/pixel.png)
                """);
        site.build();

        // the page's own scripts are the theme's, in the head; the document's body carries none
        String page = site.html("disclosures/notice/index.html").body().outerHtml();
        assertThat(page).doesNotContain("<script", "onerror", "javascript:", "<iframe", "<img src=\"https://");
        assertThat(site.html("disclosures/notice/index.html").select("a:contains(远程图片)").attr("href"))
                .isEqualTo("https://tracker.example/pixel.png");
    }

    @Test
    void aBuildKeepsItsChartCacheAndPrunesIt() {
        TestSite site = TestSite.in(temp);
        site.build();

        Path charts = site.root().resolve(".junheng-cache/charts");
        assertThat(charts.resolve(".pruned")).as("pruned today").exists();
        java.io.File[] generations = charts.toFile().listFiles(java.io.File::isDirectory);
        assertThat(generations).as("the charts of this generator's code").hasSize(1);
        assertThat(generations[0].list((folder, name) -> name.endsWith(".svg"))).isNotEmpty();
    }

    @Test
    void attachmentsArePublishedBesideTheirDocumentWithTypeAndSize() {
        byte[] pdf = org.junheng.TestPdf.of("Self-assessment");
        assertThat(pdf.length).as("shown in bytes").isLessThan(1024);
        TestSite site = TestSite.in(temp, """
                -- content/documents/2024-report.md --
                ---
                title: 自评报告
                type: 自评报告
                date: 2024-06-01
                attachments:
                  - file: attachments/附件 一.pdf
                    title: 附件1：指标自评表
                ---
                见附件。
                """).writeBytes("content/documents/attachments/附件 一.pdf", pdf);
        site.build();

        site.assertPage("disclosures/2024-report/index.html", "附件1：指标自评表", "PDF，" + pdf.length + " B",
                "href=\"../../disclosures/2024-report/2024-report-1.pdf\"");
        assertThat(site.out().resolve("disclosures/2024-report/2024-report-1.pdf")).hasBinaryContent(pdf);
    }
}
