package org.junheng.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentReaderTest {

    @TempDir
    Path site;

    private final List<Problem> problems = new ArrayList<>();

    private DocumentReader reader() {
        return new DocumentReader(site, new MarkdownRenderer());
    }

    private Path doc(String name) {
        return site.resolve("content/documents").resolve(name);
    }

    @Test
    void readsTypedFrontMatterAndRendersTheBody() {
        Document document = reader().read(doc("2024-plan.md"), """
                ---
                title: 实施方案
                type: 工作方案
                date: 2024-03-18
                schools: [2199020001, "2199020002"]
                ---
                第一段，说明方案的目的。

                | 项目 | 金额 |
                |---|--:|
                | 围墙 | 10 |
                """, problems).orElseThrow();

        assertThat(problems).isEmpty();
        assertThat(document.slug()).isEqualTo("2024-plan");
        assertThat(document.date()).isEqualTo(LocalDate.of(2024, 3, 18));
        assertThat(document.schoolCodes()).containsExactly("2199020001", "2199020002");
        assertThat(document.summary()).isEqualTo("第一段，说明方案的目的。");
        assertThat(document.bodyHtml()).contains("<table>", "<td align=\"right\">10</td>");
    }

    @Test
    void aTableScrollsInAKeyboardReachableBoxNamedByTheHeadingAboveIt() {
        Document document = reader().read(doc("2024-summary.md"), """
                ---
                title: 年度总结
                type: 工作总结
                date: 2024-12-30
                ---
                | 学校 | 班额 |
                |---|--:|
                | 实验小学 | 45 |

                ## 二、资源配置

                说明。

                | 指标 | 县均值 |
                |---|--:|
                | 生均教学仪器设备值 | 2400 |
                """, problems).orElseThrow();

        org.jsoup.nodes.Document body = org.jsoup.Jsoup.parseBodyFragment(document.bodyHtml());
        assertThat(body.select("div.table-scroll[tabindex=0][role=region] > table")).hasSize(2);
        assertThat(body.select("div.table-scroll").get(0).attr("aria-label")).isEqualTo("学校、班额");
        String heading = body.selectFirst("h2").id();
        assertThat(heading).isNotEmpty();
        assertThat(body.select("div.table-scroll").get(1).attr("aria-labelledby")).isEqualTo(heading);
    }

    @Test
    void reportsFrontMatterMistakesWithTheirLines() {
        reader().read(doc("bad.md"), """
                ---
                title: 实施方案
                type: 方案
                date: 2024-13-01
                author: 某人
                ---
                正文
                """, problems);

        assertThat(problems).extracting(Problem::rule, p -> p.location().line()).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("document.unknown-field", 5),
                org.assertj.core.groups.Tuple.tuple("document.type", 3),
                org.assertj.core.groups.Tuple.tuple("document.date", 4));
    }

    @Test
    void reportsMissingFrontMatterAndBadFileNames() {
        reader().read(doc("工作方案.md"), "没有文件头的正文\n", problems);

        assertThat(problems).extracting(Problem::rule).containsExactly("document.slug", "document.front-matter");
    }

    @Test
    void refusesAttachmentsOutsideTheSiteMissingOrOfAForbiddenType() throws Exception {
        Files.createDirectories(site.resolve("content/documents"));
        Files.writeString(site.resolve("content/documents/run.sh"), "rm -rf /");
        Files.writeString(site.getParent().resolve("secret.pdf"), "%PDF");
        reader().read(doc("a.md"), """
                ---
                title: 附件测试
                type: 通知
                date: 2024-01-01
                attachments:
                  - { file: ../../../secret.pdf, title: 越界 }
                  - { file: missing.pdf, title: 不存在 }
                  - { file: run.sh, title: 脚本 }
                ---
                """, problems);

        assertThat(problems).extracting(Problem::rule)
                .containsExactly("attachment.outside-site", "attachment.missing", "attachment.type");
        assertThat(problems).extracting(p -> p.location().line()).containsExactly(6, 7, 8);
    }

    @Test
    void publishesAttachmentsUnderUrlSafeNames() {
        assertThat(DocumentReader.publishedName("Plan 2024.PDF", "pdf", "doc", 1)).isEqualTo("plan-2024.pdf");
        assertThat(DocumentReader.publishedName("任务分解表.pdf", "pdf", "2024-plan", 2)).isEqualTo("2024-plan-2.pdf");
    }
}
