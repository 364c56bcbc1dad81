package org.junheng.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.junheng.OutputTree;
import org.junheng.TestSite;
import org.junheng.content.Problem;
import org.junheng.content.Severity;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The corpus of bad inputs in {@code src/test/resources/bad-inputs/}: each case is a set of
 * files laid over the minimal test site. Every test names the exact finding — rule, file,
 * line, column, field, value — and checks that nothing unsafe reaches the output: a rejected
 * build leaves the published site byte-for-byte as it was.
 */
class BadInputCorpusTest {

    /** The ID number the corpus hides in its disguises (region 99 does not exist, so it is nobody's). */
    static final String ID = "990101201503021236";

    @TempDir
    Path temp;

    /** A finding as the tests compare it. */
    record Finding(Severity severity, String rule, String file, int line, int column, String field, String value) {

        static Finding of(Problem p) {
            return new Finding(p.severity(), p.rule(), p.location().file(), p.location().line(), p.location().column(),
                    p.location().field(), p.value());
        }

        @Override
        public String toString() {
            return severity + " " + rule + " " + file + ":" + line + ":" + column + " [" + field + "] " + value;
        }
    }

    static Finding error(String rule, String file, int line, int column, String field, String value) {
        return new Finding(Severity.ERROR, rule, file, line, column, field, value);
    }

    static Finding warning(String rule, String file, int line, int column, String field, String value) {
        return new Finding(Severity.WARNING, rule, file, line, column, field, value);
    }

    static Path corpus(String name) {
        try {
            return Path.of(BadInputCorpusTest.class.getResource("/bad-inputs/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A published site, then the corpus case laid over it. */
    private Published published(String corpusCase) {
        TestSite site = TestSite.in(temp);
        site.build();
        Map<String, String> before = OutputTree.hashes(site.out());
        return new Published(site.copy(corpus(corpusCase)), before);
    }

    record Published(TestSite site, Map<String, String> output) {

        /** Builds expecting rejection, checks the published output did not change, and returns the findings. */
        List<Finding> rejected() {
            List<Problem> problems = site.buildRejected();
            assertThat(OutputTree.hashes(site.out())).as("the published output").isEqualTo(output);
            return problems.stream().map(Finding::of).toList();
        }
    }

    @Nested
    class MalformedCsv {

        @Test
        void anUnbalancedQuoteIsReportedOnTheRowWhereItOpens() {
            assertThat(published("csv-unbalanced-quote").rejected()).containsExactly(
                    error("csv.malformed", "content/schools.csv", 2, 0, "", ""));
        }

        @Test
        void anUnquotedThousandsSeparatorMakesARaggedRow() {
            assertThat(published("csv-ragged-row").rejected()).containsExactly(
                    error("csv.ragged-row", "content/statistics/2024.csv", 2, 0, "", "10"));
        }

        @Test
        void aMisspeltHeaderIsAnUnknownColumn() {
            assertThat(published("csv-misspelt-column").rejected()).containsExactly(
                    error("csv.unknown-column", "content/statistics/2024.csv", 1, 3, "小学在校学生数", "小学在校学生数"));
        }

        @Test
        void aCellTooLongToReadIsAClearProblemNotACrash() {
            Published published = published("csv-ragged-row");
            // an opening quote that never closes swallows the rest of the file: here 21 million characters
            StringBuilder csv = new StringBuilder("year,code,primary_students\n2024,2199020001,\"");
            csv.append("1".repeat(21_000_000));
            published.site().write("content/statistics/2024.csv", csv.append('\n').toString());

            assertThat(published.rejected()).containsExactly(
                    error("csv.cell-too-long", "content/statistics/2024.csv", 2, 0, "", ""));
        }
    }

    @Nested
    class Encodings {

        @Test
        void aFileInNeitherUtf8NorGbkIsRejected() {
            assertThat(published("encoding-utf16").rejected()).containsExactly(
                    error("file.encoding", "content/schools.csv", 0, 0, "", ""));
        }

        @Test
        void gbkAsExcelSavesItAndUtf8WithBomAreReadCorrectly() {
            TestSite site = TestSite.in(temp).copy(corpus("encoding-gbk")).copy(corpus("encoding-utf8-bom"));

            assertThat(site.build().warnings()).isEmpty();
            site.assertPage("schools/2199020001/index.html", "测试县实验小学（GBK）", "城关镇解放路1号", "1,200");
        }
    }

    @Nested
    class MalformedYaml {

        @Test
        void anUnclosedBracketInFrontMatterIsReportedWhereItOpens() {
            assertThat(published("yaml-front-matter").rejected()).containsExactly(
                    error("yaml.syntax", "content/documents/notice.md", 5, 10, "", ""));
        }

        @Test
        void aTabInIndentationIsReportedOnItsLine() {
            assertThat(published("yaml-tab-indent").rejected()).containsExactly(
                    error("yaml.syntax", "content/county/2024.yml", 4, 1, "", ""));
        }

        @Test
        void aDeeplyNestedValueIsAClearProblemNotACrash() {
            assertThat(published("yaml-deeply-nested").rejected()).extracting(Finding::rule, Finding::file,
                    Finding::line).containsExactly(org.assertj.core.groups.Tuple.tuple("yaml.too-large",
                    "content/documents/deep.md", 5));
        }
    }

    @Nested
    class CrossSiteScripting {

        @Test
        void markupInDocumentsAndDataNeverReachesAPageAsMarkup() {
            TestSite site = TestSite.in(temp).copy(corpus("xss"));

            site.build();

            for (String page : OutputTree.hashes(site.out()).keySet()) {
                if (!page.endsWith(".html")) {
                    continue;
                }
                var html = site.html(page);
                assertThat(html.select("script:not([type=application/ld+json]), iframe, object, embed, base, form, "
                        + "input, select, button, math, video, audio, meta[http-equiv], svg script, [srcset]").stream()
                        .filter(element -> !themesOwn(element))).as(page).isEmpty();
                // structured data may quote a name, but never close its script element
                assertThat(html.select("script[type=application/ld+json]")).as(page)
                        .allSatisfy(data -> assertThat(data.data().toLowerCase(java.util.Locale.ROOT))
                                .doesNotContain("</script", "<!--"));
                for (Element element : html.getAllElements()) {
                    element.attributes().forEach(attribute -> {
                        assertThat(attribute.getKey()).as(page).doesNotStartWith("on");
                        assertThat(attribute.getValue().strip().toLowerCase(java.util.Locale.ROOT)).as(page)
                                .doesNotStartWith("javascript:").doesNotStartWith("data:")
                                .doesNotContain("evil.example");
                    });
                }
            }
            var document = site.html("disclosures/notice/index.html");
            assertThat(document.select(".prose svg, .prose style, .prose [style]")).isEmpty();
            assertThat(document.selectFirst("h1").text()).isEqualTo("通知<img src=x onerror=alert('title')>");
            assertThat(document.select(".prose a").eachText()).containsExactly("点我", "数据", "大写", "实体", "链接");
            var school = site.html("schools/2199020001/index.html");
            assertThat(school.selectFirst("h1").text()).isEqualTo("<script>alert('name')</script>实验小学");
            assertThat(school.select("dd").eachText()).contains("\"><svg onload=alert(2)>");
        }
    }

    /** The theme's own scripts and controls: the only scripts and controls a page may carry. */
    private static boolean themesOwn(Element element) {
        if (element.is("script[src]")) {
            return element.attr("src").matches("((\\.\\./)*|/([\\w-]+/)*)assets/js/[a-z-]+\\.js") && element.data().isEmpty();
        }
        if (element.is("script#text-mode")) {
            return element.data().startsWith("try{if(localStorage.getItem(\"junheng-large-text\")");
        }
        if (element.is("script#compare-labels[type=application/json]")) {
            return !element.data().toLowerCase(java.util.Locale.ROOT).contains("</script");
        }
        return element.is("button#text-toggle") || element.closest("form#school-finder, form#compare-form") != null;
    }

    @Nested
    class Privacy {

        @Test
        void inTableCellsEvenInFullWidthDigitsOrSpaced() {
            List<Finding> findings = published("privacy-cells").rejected();

            assertThat(findings).containsExactly(
                    error("privacy.id-number", "content/schools.csv", 2, 11, "学校地址", "9901**********1236"),
                    error("privacy.mobile", "content/schools.csv", 2, 12, "办公电话", "138****5678"));
        }

        @Test
        void inFrontMatterAttachmentsBodyAltTextAndLinkText() {
            String file = "content/documents/2024-notice.md";

            assertThat(published("privacy-document").rejected()).containsExactly(
                    error("privacy.mobile", file, 5, 10, "summary", "138****5678"),
                    error("privacy.id-number", file, 7, 11, "attachments.0.file", "9901**********4568"),
                    error("privacy.mobile", file, 8, 12, "attachments.0.title", "139****0000"),
                    error("privacy.id-number", file, 12, 9, "正文", "9901**********1236"),
                    warning("text.invisible-character", file, 12, 13, "正文", "…身份证：9901⟨U+200B⟩0120⟨U+200B⟩150…"),
                    error("privacy.id-number", file, 14, 6, "正文", "9901**********002X"),
                    error("privacy.mobile", file, 16, 5, "正文", "159****5678"),
                    error("privacy.bank-card", file, 18, 6, "正文", "6222***********0128"),
                    error("privacy.birth-date", file, 20, 1, "正文", "2015-**-**"),
                    error("privacy.mobile", file, 22, 6, "正文", "138****5678"));
        }

        @Test
        void inCountyEvidence() {
            assertThat(published("privacy-county").rejected()).containsExactly(
                    error("privacy.mobile", "content/county/2024.yml", 4, 30, "guarantee.G1.evidence", "138****5678"));
        }

        @Test
        void inTheAboutPage() {
            assertThat(published("privacy-about").rejected()).containsExactly(
                    error("privacy.birth-date", "content/about.md", 3, 10, "正文", "1980-**-**"));
        }

        @Test
        void inTheSiteConfiguration() {
            assertThat(published("privacy-config").rejected()).containsExactly(
                    error("privacy.mobile", "site-config.yml", 3, 12, "publisher", "138****5678"));
        }

        @Test
        void inEnrollmentZonesPoliciesAndPartnerships() {
            TestSite site = TestSite.in(temp)
                    .write("content/enrollment/2024/zones.csv", """
                            学校标识码,学段,乡镇街道,片区,门牌范围,备注
                            2199020001,小学,城关镇,解放社区,解放路1—99号,联系人 王老师 138 1234 5678
                            """)
                    .write("content/partnerships.yml", """
                            - id: shiyan-hekou
                              name: 实验小学—河口镇学校结对共建
                              type: 结对共建
                              lead: "2199020001"
                              members: ["2199020003"]
                              summary: 负责人张三，出生日期：1980-01-01
                            """);

            assertThat(site.buildRejected()).extracting(Finding::of).containsExactly(
                    error("privacy.mobile", "content/enrollment/2024/zones.csv", 2, 6, "备注", "138****5678"),
                    error("privacy.birth-date", "content/partnerships.yml", 6, 12, "0.summary", "1980-**-**"));
        }

        @Test
        void aTableOfNamesIsAStudentListThatMustBeDeclared() {
            assertThat(published("privacy-student-list").rejected()).containsExactly(
                    error("privacy.student-list", "content/documents/2024-result.md", 8, 8, "正文", "学生姓名"),
                    error("privacy.student-list", "content/documents/2024-result.md", 12, 16, "正文", "姓名"));
        }

        @Test
        void noReportEverRepeatsTheFullNumber() {
            TestSite site = TestSite.in(temp).copy(corpus("privacy-document"));
            try {
                new org.junheng.site.SiteBuilder().inspect(site.root());
                throw new AssertionError("expected the content to be rejected");
            } catch (org.junheng.site.ContentRejected rejected) {
                List<String> secrets = List.of(ID, "990101201408174568", "13812345678", "15912345678",
                        "6222021234567890128");
                assertThat(rejected.getMessage()).doesNotContain(secrets);
                assertThat(rejected.problems()).allSatisfy(p -> assertThat(p.value() + p.message() + p.fix())
                        .doesNotContain(secrets));
            }
        }

        @Test
        void aValueCellThatCannotBeReadIsQuotedMasked() {
            TestSite site = TestSite.in(temp).write("content/statistics/2024.csv", "year,code,books\n2024,2199020001,"
                    + ID + "\n");

            assertThat(site.buildRejected()).extracting(Finding::of).containsExactly(
                    error("cell.not-integer", "content/statistics/2024.csv", 2, 3, "books", "9901**********1236"),
                    error("privacy.id-number", "content/statistics/2024.csv", 2, 3, "books", "9901**********1236"));
        }

        @Test
        void aSiteCanAllowAValueWithAReason() {
            TestSite site = TestSite.in(temp).copy(corpus("privacy-cells")).write("site-config.yml", TestSite.CONFIG + """
                    privacy:
                      allow:
                        - value: "+86 138 1234 5678"
                          reason: 学校对外公开的招生咨询手机
                        - value: "13900000000"
                          reason: 已停用的咨询电话
                    """);

            assertThat(site.buildRejected()).extracting(Finding::of).containsExactly(
                    error("privacy.id-number", "content/schools.csv", 2, 11, "学校地址", "9901**********1236"),
                    warning("privacy.allow-unused", "site-config.yml", 12, 14, "privacy.allow.1.value", "139****0000"));
        }

        @Test
        void anAllowedValueWithoutAReasonIsAConfigurationError() {
            TestSite site = TestSite.in(temp).write("site-config.yml", TestSite.CONFIG + """
                    privacy:
                      allow:
                        - value: "13812345678"
                    """);

            try {
                new org.junheng.site.SiteBuilder().inspect(site.root());
                throw new AssertionError("expected the configuration to be rejected");
            } catch (org.junheng.site.ContentRejected rejected) {
                assertThat(rejected.configuration()).isTrue();
                assertThat(rejected.problems()).extracting(Finding::of).containsExactly(
                        error("config.privacy-reason", "site-config.yml", 10, 14, "privacy.allow.0.value", ""));
            }
        }
    }

    @Test
    void aPrivacySectionInAnotherShapeIsAConfigurationError() {
        TestSite site = TestSite.in(temp).write("site-config.yml", TestSite.CONFIG + """
                privacy:
                  allow: "13812345678"
                """);

        try {
            new org.junheng.site.SiteBuilder().inspect(site.root());
            throw new AssertionError("expected the configuration to be rejected");
        } catch (org.junheng.site.ContentRejected rejected) {
            assertThat(rejected.configuration()).isTrue();
            assertThat(rejected.problems()).extracting(Finding::of).containsExactly(
                    error("config.privacy", "site-config.yml", 8, 1, "privacy", ""));
        }
    }

    @Nested
    class PathTraversal {

        private static final String FILE = "content/documents/leak.md";

        @Test
        void attachmentsMustStayInsideTheSite() {
            assertThat(published("traversal").rejected()).containsExactly(
                    error("attachment.outside-site", FILE, 6, 11, "attachments.0.file",
                            "../../../../../../../../../../etc/passwd"),
                    error("attachment.type", FILE, 8, 11, "attachments.1.file", "../../site-config.yml"),
                    error("attachment.outside-site", FILE, 10, 11, "attachments.2.file", "/etc/passwd"),
                    error("attachment.outside-site", FILE, 12, 11, "attachments.3.file",
                            "attachments/../../../../outside.pdf"),
                    error("attachment.missing", FILE, 14, 11, "attachments.4.file",
                            "attachments/%2e%2e/%2e%2e/site-config.yml"));
        }

        @Test
        void aSymbolicLinkThatLeadsOutsideTheSiteIsRefused() throws IOException {
            Published published = published("traversal");
            TestSite site = published.site();
            Path secret = Files.writeString(temp.resolve("secret.pdf"), "%PDF-1.4 not for publication");
            Path secrets = Files.createDirectories(temp.resolve("secrets"));
            Files.writeString(secrets.resolve("list.pdf"), "%PDF-1.4 not for publication");
            Files.createDirectories(site.root().resolve("content/documents/attachments"));
            Files.createSymbolicLink(site.root().resolve("content/documents/attachments/plan.pdf"), secret);
            Files.createSymbolicLink(site.root().resolve("content/documents/attachments/shared"), secrets);
            site.write(FILE, """
                    ---
                    title: 附件
                    type: 通知
                    date: 2024-05-01
                    attachments:
                      - file: attachments/plan.pdf
                      - file: attachments/shared/list.pdf
                    ---
                    正文
                    """);

            assertThat(published.rejected()).containsExactly(
                    error("attachment.outside-site", FILE, 6, 11, "attachments.0.file", "attachments/plan.pdf"),
                    error("attachment.outside-site", FILE, 7, 11, "attachments.1.file", "attachments/shared/list.pdf"));
        }

        @Test
        void aSymbolicLinkInsideTheSiteIsFine() throws IOException {
            byte[] plan = org.junheng.TestPdf.of("Plan");
            TestSite site = TestSite.in(temp).writeBytes("content/documents/attachments/real/plan.pdf", plan);
            Files.createSymbolicLink(site.root().resolve("content/documents/attachments/plan.pdf"),
                    site.root().resolve("content/documents/attachments/real/plan.pdf"));
            site.write("content/documents/notice.md", """
                    ---
                    title: 附件
                    type: 通知
                    date: 2024-05-01
                    attachments:
                      - file: attachments/plan.pdf
                    ---
                    正文
                    """);

            site.build();

            assertThat(site.out().resolve("disclosures/notice/plan.pdf")).hasBinaryContent(plan);
        }

        @Test
        void aHugeAttachmentIsRefusedWithoutBeingRead() throws IOException {
            Published published = published("traversal");
            Path huge = published.site().root().resolve("content/documents/attachments/huge.pdf");
            Files.createDirectories(huge.getParent());
            try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
                file.setLength(50L * 1024 * 1024 + 1); // sparse: takes no room on disk
            }
            published.site().write(FILE, """
                    ---
                    title: 附件
                    type: 通知
                    date: 2024-05-01
                    attachments:
                      - file: attachments/huge.pdf
                        title: 全部材料
                    ---
                    正文
                    """);

            assertThat(published.rejected()).containsExactly(
                    error("attachment.size", FILE, 6, 11, "attachments.0.file", "attachments/huge.pdf"));
        }
    }

    @Nested
    class InvisibleUnicode {

        @Test
        void inNamesTitlesAndFileNamesItIsAnErrorInRunningTextAWarning() throws IOException {
            Published published = published("invisible");
            published.site().writeBytes("content/documents/attachments/plan\u2066.pdf", org.junheng.TestPdf.of("Plan"));
            String file = "content/documents/notice.md";

            assertThat(published.rejected()).containsExactly(
                    error("text.invisible-in-name", file, 2, 8, "title", "通知⟨U+200B⟩公告"),
                    error("text.invisible-in-name", file, 6, 11, "attachments.0.file", "…nts/plan⟨U+2066⟩.pdf"),
                    warning("text.invisible-character", file, 9, 3, "正文", "正文⟨U+200D⟩内容。 "),
                    error("text.invisible-in-name", "content/schools.csv", 2, 2, "学校名称", "测试县⟨U+202E⟩实验小学"));
        }

        @Test
        void aWarningAloneDoesNotStopTheBuild() {
            TestSite site = TestSite.in(temp).write("content/documents/notice.md", """
                    ---
                    title: 通知
                    type: 通知
                    date: 2024-05-01
                    ---
                    正文\u200b内容。
                    """);

            assertThat(site.build().warnings()).extracting(Finding::of).containsExactly(
                    warning("text.invisible-character", "content/documents/notice.md", 6, 3, "正文", "正文⟨U+200B⟩内容。 "));
            site.assertPage("disclosures/notice/index.html", "正文");
        }
    }

    @Nested
    class StatisticsValues {

        @Test
        void impossibleValuesAreErrorsOnTheirCells() {
            String file = "content/statistics/2024.csv";

            assertThat(published("data-impossible").rejected()).containsExactly(
                    error("statistics.largest-class-below-average", file, 2, 5, "primary_largest_class", "40"),
                    error("statistics.teacher-subset", file, 2, 7, "primary_teachers_above_degree", "75"),
                    error("statistics.teacher-subset", file, 2, 9, "primary_pe_teachers", "75"),
                    error("statistics.teacher-subset", file, 2, 12, "primary_mid_senior_title_teachers", "71"),
                    error("statistics.stage-not-taught", file, 2, 13, "junior_students", "50"),
                    error("statistics.negative", file, 3, 15, "junior_teachers", "-3"),
                    error("statistics.negative", file, 3, 16, "teaching_area", "-1"),
                    error("statistics.classes-exceed-students", file, 4, 4, "primary_classes", "12"),
                    error("statistics.largest-class-above-students", file, 4, 5, "primary_largest_class", "11"));
        }

        @Test
        void implausibleValuesAreWarningsThatNeverStopABuild() {
            TestSite site = TestSite.in(temp).copy(corpus("data-implausible"));
            String file = "content/statistics/2024.csv";

            assertThat(site.build().warnings()).extracting(Finding::of).containsExactly(
                    warning("statistics.missing-year", "content/schools.csv", 4, 1, "学校标识码", "2023"),
                    warning("statistics.sudden-change", file, 2, 3, "primary_students", "1200 → 1600"),
                    warning("statistics.class-size", file, 2, 4, "primary_classes", "20"),
                    warning("statistics.area-per-student", file, 2, 9, "teaching_area", "200000"),
                    warning("statistics.sudden-change", file, 3, 8, "junior_teachers", "75 → 50"));
            site.assertPage("schools/2199020001/index.html", "1,600");
        }
    }
}
