package org.junheng.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.assertj.core.groups.Tuple;
import org.junheng.TestPdf;
import org.junheng.TestSite;
import org.junheng.TestWorkbook;
import org.junheng.content.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An attachment is published as it is, so what it holds is checked like every other text: an
 * admissions list saved as a spreadsheet, a Word file or a PDF must not carry what the page itself
 * may not.
 */
class AttachmentPrivacyTest {

    @TempDir
    Path temp;

    /** The site's build is rejected, and these are its privacy findings as (rule, place), in any order. */
    private static void assertPrivacyFindings(TestSite site, Tuple... findings) {
        assertThat(site.buildRejected()).filteredOn(problem -> problem.rule().startsWith("privacy."))
                .extracting(Problem::rule, problem -> problem.location().toString())
                .containsExactlyInAnyOrder(findings);
    }

    /** A Word file with this body and nothing else Word would add: all the reader looks at. */
    private static byte[] docx(String documentXml) throws IOException {
        ByteArrayOutputStream docx = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(docx)) {
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write(documentXml.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return docx.toByteArray();
    }

    private TestSite siteAttaching(String file) {
        return TestSite.in(temp, """
                -- content/documents/2024-admitted.md --
                ---
                title: 2024年秋季一年级录取结果
                type: 通知
                date: 2024-08-20
                attachments:
                  - file: attachments/%s
                    title: 录取结果
                ---
                见附件。
                """.formatted(file));
    }

    @Test
    void anIdNumberInAnAttachedCsvStopsTheBuildNamingTheFileLineAndColumn() {
        TestSite site = siteAttaching("录取.csv").writeBytes("content/documents/attachments/录取.csv", """
                申请编号,身份证件号,录取学校
                A001,,实验小学
                A002,110101201801011235,实验小学
                """.getBytes(Charset.forName("GBK")));

        List<Problem> problems = site.buildRejected();

        assertThat(problems).filteredOn(problem -> problem.rule().equals("privacy.id-number"))
                .singleElement()
                .satisfies(problem -> {
                    assertThat(problem.location().file()).isEqualTo("content/documents/attachments/录取.csv");
                    assertThat(problem.location().line()).isEqualTo(3);
                    assertThat(problem.location().field()).isEqualTo("身份证件号");
                    assertThat(problem.value()).doesNotContain("201801011235");
                });
        assertThat(site.out().resolve("disclosures")).as("nothing was published").doesNotExist();
    }

    @Test
    void aWorkbookWithANameColumnOrAMobileNumberOnAnySheetIsStopped() {
        TestSite site = siteAttaching("录取.xlsx").writeBytes("content/documents/attachments/录取.xlsx",
                TestWorkbook.of(workbook -> {
                    TestWorkbook.rows(workbook.newWorksheet("名单"), new Object[] {"录取结果"},
                            new Object[] {"序号", "学生姓名", "学校"}, new Object[] {1, "张*明", "实验小学"});
                    TestWorkbook.rows(workbook.newWorksheet("联系"), new Object[] {"联系人", "电话"},
                            new Object[] {"王老师", "13812345678"});
                }));

        assertPrivacyFindings(site, tuple("privacy.student-list", "content/documents/attachments/录取.xlsx 名单!B2"),
                tuple("privacy.mobile", "content/documents/attachments/录取.xlsx 联系!B2 [电话]"));
    }

    @Test
    void aWordFileIsReadParagraphByParagraphAndCellByCellTrackedDeletionsIncluded() throws Exception {
        byte[] docx = docx("""
                <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>
                <other>not Word's own element</other>
                <w:p><w:r><w:t>2024年录取名单</w:t></w:r></w:p>
                <w:p><w:r><w:t>咨询：王老师 138</w:t></w:r><w:r><w:t>1234 5678</w:t></w:r></w:p>
                <w:p><w:del><w:r><w:delText>身份证 110101201801011235</w:delText></w:r></w:del></w:p>
                <w:tbl><w:tr><w:tc><w:p><w:r><w:t>序号</w:t></w:r></w:p></w:tc>
                <w:tc><w:p><w:r><w:t>学生</w:t></w:r><w:r><w:t>姓名</w:t></w:r></w:p></w:tc></w:tr>
                <w:tr><w:tc><w:p><w:r><w:t>1</w:t></w:r></w:p></w:tc>
                <w:tc><w:p><w:r><w:t>张*明</w:t></w:r></w:p></w:tc></w:tr></w:tbl>
                </w:body></w:document>
                """);
        TestSite site = siteAttaching("名单.docx").writeBytes("content/documents/attachments/名单.docx", docx);

        assertPrivacyFindings(site, tuple("privacy.mobile", "content/documents/attachments/名单.docx:2 [正文 第2段]"),
                tuple("privacy.id-number", "content/documents/attachments/名单.docx:3 [正文 第3段]"),
                tuple("privacy.student-list", "content/documents/attachments/名单.docx 表1!B1"));
    }

    @Test
    void aWordFileSavedAsStrictOpenXmlIsReadToo() throws Exception {
        byte[] docx = docx("""
                <w:document xmlns:w="http://purl.oclc.org/ooxml/wordprocessingml/main"><w:body>
                <w:p><w:r><w:t>咨询电话 13812345678</w:t></w:r></w:p></w:body></w:document>
                """);
        TestSite site = siteAttaching("strict.docx").writeBytes("content/documents/attachments/strict.docx", docx);

        assertPrivacyFindings(site, tuple("privacy.mobile", "content/documents/attachments/strict.docx:1 [正文 第1段]"));
    }

    @Test
    void theTablesInsideAZipFileAreReadEvenWhenItsNamesAreGbk() throws Exception {
        ByteArrayOutputStream archive = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(archive, Charset.forName("GBK"))) {
            zip.putNextEntry(new ZipEntry("说明.pdf"));
            zip.write(TestPdf.of("Enrollment results, published 2024-08-20"));
            zip.putNextEntry(new ZipEntry("照片.png"));
            zip.write(new byte[] {(byte) 0x89, 'P', 'N', 'G'});
            zip.putNextEntry(new ZipEntry("资助/名单.xlsx"));
            zip.write(TestWorkbook.sheet("名单", new Object[] {"序号", "学生姓名"}, new Object[] {1, "张*明"}));
            zip.closeEntry();
        }
        TestSite site = siteAttaching("材料.zip").writeBytes("content/documents/attachments/材料.zip", archive.toByteArray());

        assertPrivacyFindings(site,
                tuple("privacy.student-list", "content/documents/attachments/材料.zip/资助/名单.xlsx 名单!B1"));
    }

    @Test
    void aPdfIsReadPageByPageAndReadAgainOnceItChanges() {
        TestSite site = siteAttaching("result.pdf").writeBytes("content/documents/attachments/result.pdf",
                TestPdf.of("Admitted: 27 pupils", "Questions: call the school office"));
        site.build();

        site.writeBytes("content/documents/attachments/result.pdf",
                TestPdf.of("Admitted: 27 pupils", "Questions: call 138 1234 5678"));

        assertPrivacyFindings(site, tuple("privacy.mobile", "content/documents/attachments/result.pdf:2 [第2页]"));
    }

    @Test
    void aCleanAttachedTableIsPublishedAndOneThatCannotBeReadIsNot() {
        TestSite clean = siteAttaching("plan.csv").write("content/documents/attachments/plan.csv", """
                学校,计划招生,说明
                实验小学,270,报名时请出示学生姓名与户籍一致的证明
                """);
        clean.build();
        assertThat(clean.out().resolve("disclosures/2024-admitted/plan.csv"))
                .as("a sentence that mentions 姓名 is not a column of names")
                .hasContent("学校,计划招生,说明\n实验小学,270,报名时请出示学生姓名与户籍一致的证明");

        TestSite broken = TestSite.in(temp.resolve("broken"), """
                -- content/documents/2024-admitted.md --
                ---
                title: 录取结果
                type: 通知
                date: 2024-08-20
                attachments:
                  - { file: attachments/list.xlsx, title: 名单 }
                ---
                见附件。
                """).write("content/documents/attachments/list.xlsx", "not a workbook");
        assertThat(broken.buildRejected()).extracting(Problem::rule).contains("attachment.unreadable");
    }
}
