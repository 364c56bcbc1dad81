package org.junheng.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The loader hands what it reads to the text checks as it goes, and keeps only what they found. */
class ContentLoaderTest {

    /** A check that finds every text it is given, so its findings show which texts it saw, and in what order. */
    private static final TextCheck SEES_EVERYTHING = texts -> texts.stream()
            .map(text -> Problem.warning(text.location(), text.text(), "test.seen", "", "")).toList();

    @TempDir
    Path site;

    @Test
    void everyCellOfATableLongerThanOneSliceIsCheckedOnceInRowOrder() throws IOException {
        int projects = 2_500; // more rows than the loader checks in one slice
        String rows = IntStream.rangeClosed(1, projects).mapToObj(n -> "P" + n + ",操场改造 " + n + "\n")
                .collect(Collectors.joining());
        write("content/projects/all.csv", "项目编号,项目名称\n" + rows);
        write("content/projects/more.csv", "项目编号,项目名称\nQ1,图书室\n");

        Loaded loaded = new ContentLoader(site, SEES_EVERYTHING).load(List.of());

        List<Problem> seen = loaded.textProblems().stream()
                .filter(problem -> problem.location().file().startsWith("content/projects/")).toList();
        assertThat(seen).hasSize(2 * projects + 2);
        assertThat(seen.subList(0, 2 * projects)).extracting(Problem::value).containsExactlyElementsOf(
                IntStream.rangeClosed(1, projects).boxed()
                        .flatMap(n -> Stream.of("P" + n, "操场改造 " + n)).toList());
        assertThat(seen.get(2 * projects - 1).location()).hasToString("content/projects/all.csv:2501:2 [项目名称]");
        assertThat(seen.subList(2 * projects, seen.size())).extracting(Problem::value)
                .containsExactly("Q1", "图书室");
    }

    @Test
    void aDocumentsTextsAreCheckedThoughTheDocumentIsReadOnAnotherThread() throws IOException {
        write("content/documents/2024-notice.md", """
                ---
                title: 招生公告
                date: 2024-05-01
                type: 招生
                ---
                咨询电话 0851-1234567。
                """);

        Loaded loaded = new ContentLoader(site, SEES_EVERYTHING).load(List.of());

        assertThat(loaded.textProblems()).extracting(Problem::value)
                .contains("招生公告", "咨询电话 0851-1234567。\n");
    }

    @Test
    void aDocumentsBodyKeptRenderedIsTakenFromTheMemoNotRenderedAgain() throws IOException {
        String document = """
                ---
                title: 工作方案
                date: 2024-03-18
                type: 工作方案
                ---
                到 2026 年全县达标。
                """;
        write("content/documents/2024-plan.md", document);
        Path kept = site.resolve(".junheng-cache/markdown");
        MarkdownMemo earlier = MarkdownMemo.in(kept, "code", false);
        // a rendering no renderer would make, so that finding it shows the body was not rendered again
        earlier.rendered(FrontMatter.split(document).body(), text -> new MarkdownRenderer.Rendered("<p>留存</p>", "留存"));
        earlier.save();

        Content taken = new ContentLoader(site, SEES_EVERYTHING, MarkdownMemo.in(kept, "code", false),
                CheckedFiles.none()).load(List.of()).content();
        Content rendered = new ContentLoader(site, SEES_EVERYTHING).load(List.of()).content();

        assertThat(taken.documents()).singleElement().satisfies(plan -> {
            assertThat(plan.bodyHtml()).isEqualTo("<p>留存</p>");
            assertThat(plan.summary()).isEqualTo("留存");
        });
        assertThat(rendered.documents()).singleElement().satisfies(plan -> {
            assertThat(plan.bodyHtml()).isEqualTo("<p>到 2026 年全县达标。</p>\n");
            assertThat(plan.summary()).isEqualTo("到 2026 年全县达标。");
        });
    }

    @Test
    void theTextsOfAFileKeptAsCheckedAreNotHandedToTheChecksAgainUntilItsTextChanges() throws IOException {
        write("content/projects/2023.csv", "项目编号,项目名称\nP1,操场改造\n");
        write("content/projects/2024.csv", "项目编号,项目名称\nP2,图书室\n");
        write("content/county/2024.yml", "county: \"990101\"\nyear: 2024\nguarantee:\n  G1: { met: true, evidence: 布局规划 }\n");
        write("content/enrollment/2024/zones.csv", "学校标识码,学段,乡镇街道,片区,门牌范围,备注\n2199010001,小学,青阳街道,文昌社区,,\n");
        write("content/documents/2024-plan.md", "---\ntitle: 工作方案\ndate: 2024-03-18\ntype: 工作方案\n---\n正文。\n");
        Path kept = site.resolve(".junheng-cache/checked-files");
        FilesSeen first = new FilesSeen();
        CheckedFiles earlier = CheckedFiles.in(kept, "code", false);
        new ContentLoader(site, first, MarkdownMemo.none(), earlier).load(List.of());
        earlier.save();
        write("content/projects/2024.csv", "项目编号,项目名称\nP2,图书室改造\n");

        FilesSeen second = new FilesSeen();
        new ContentLoader(site, second, MarkdownMemo.none(), CheckedFiles.in(kept, "code", false)).load(List.of());

        assertThat(first.files).containsExactly("content/county/2024.yml", "content/documents/2024-plan.md",
                "content/enrollment/2024/zones.csv", "content/projects/2023.csv", "content/projects/2024.csv");
        assertThat(second.files).as("the edited table, and a document, whose attachments its text does not key")
                .containsExactly("content/documents/2024-plan.md", "content/projects/2024.csv");
    }

    /** A check that finds nothing, and notes the files of the texts it is given. */
    private static final class FilesSeen implements TextCheck {

        final java.util.Set<String> files = new java.util.concurrent.ConcurrentSkipListSet<>();

        @Override
        public List<Problem> problemsIn(List<SourceText> texts) {
            return findingsIn(texts).problems();
        }

        @Override
        public Findings findingsIn(List<SourceText> texts) {
            texts.forEach(text -> files.add(text.location().file()));
            return new Findings(List.of(), true);
        }
    }

    @Test
    void anEmptyMeasureOrZoneCellReadsAsAbsentAndAFilledOneAsGivenEvenWhenItIsZero() throws IOException {
        write("content/statistics/2024.csv", """
                year,code,primary_students,teaching_area,sports_ground_area,sports_hall_area,equipment_value,music_room_min_area,art_room_min_area
                2024,2199010001,600,1234.5,,0,88.25,,60
                """);
        write("content/enrollment/2024/zones.csv", """
                学校标识码,学段,乡镇街道,片区,门牌范围,备注
                2199010001,小学,青阳街道,文昌社区,1-99号,
                2199010001,小学,青阳街道,府前社区,,含新建小区
                """);

        Content content = new ContentLoader(site, texts -> List.of()).load(List.of()).content();

        SchoolStatistics row = content.statisticsFor(2024).get(0);
        assertThat(row.teachingArea()).hasValue(1234.5);
        assertThat(row.sportsGroundArea()).isEmpty();
        assertThat(row.sportsHallArea()).hasValue(0.0);
        assertThat(row.equipmentValueWan()).hasValue(88.25);
        assertThat(row.musicRoomMinArea()).isEmpty();
        assertThat(row.artRoomMinArea()).hasValue(60.0);
        List<Zone> zones = content.enrollment(2024).orElseThrow().zones();
        assertThat(zones).extracting(Zone::range).containsExactly(java.util.Optional.of("1-99号"),
                java.util.Optional.empty());
        assertThat(zones).extracting(Zone::note).containsExactly(java.util.Optional.empty(),
                java.util.Optional.of("含新建小区"));
        assertThat(zones).extracting(Zone::label).containsExactly("文昌社区（1-99号）", "府前社区");
    }

    private void write(String path, String text) throws IOException {
        Path file = site.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
