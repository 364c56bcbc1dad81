package org.junheng.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Loads a site's {@code content/} folder into the immutable model. Files are read in
 * parallel but collected in path order, so problems and content come out the same way
 * on every run.
 */
public final class ContentLoader {

    /** Table columns whose values identify or address something rather than describe it. */
    private static final Set<String> NAME_COLUMNS = Set.of("code", "name", "aliases", "parent", "county", "year");

    private final Path siteRoot;
    private final Path contentRoot;
    private final MarkdownRenderer markdown = new MarkdownRenderer();

    public ContentLoader(Path siteRoot) {
        this.siteRoot = siteRoot.toAbsolutePath().normalize();
        this.contentRoot = this.siteRoot.resolve("content");
    }

    public Loaded load(List<County> counties) {
        List<Problem> problems = new ArrayList<>();
        List<SourceText> texts = new ArrayList<>();
        List<School> schools = readTable(contentRoot.resolve("schools.csv"), SchoolRegistryTable.COLUMNS, true,
                problems, texts, SchoolRegistryTable::read);
        List<SchoolStatistics> statistics = new ArrayList<>();
        for (Path file : ContentFiles.find(contentRoot.resolve("statistics"), "csv")) {
            statistics.addAll(readTable(file, StatisticsTable.COLUMNS, true, problems, texts, StatisticsTable::read));
        }
        List<CountyInputs> countyInputs = new ArrayList<>();
        CountyInputsReader countyReader = new CountyInputsReader();
        for (Path file : ContentFiles.find(contentRoot.resolve("county"), "yml", "yaml")) {
            text(file, problems).flatMap(text -> countyReader.read(relative(file), text, problems, texts))
                    .ifPresent(countyInputs::add);
        }
        List<Document> documents = readDocuments(problems, texts);
        Path aboutFile = contentRoot.resolve("about.md");
        Optional<String> about = text(aboutFile, problems).map(text -> {
            FrontMatter parts = FrontMatter.split(text);
            texts.add(SourceTexts.markdown(relative(aboutFile), parts.body(), parts.bodyFirstLine()));
            return markdown.render(parts.body());
        });
        Content content = new Content(counties, schools, statistics, countyInputs, documents, about);
        return new Loaded(content, problems, texts);
    }

    private List<Document> readDocuments(List<Problem> problems, List<SourceText> texts) {
        DocumentReader reader = new DocumentReader(siteRoot, markdown);
        List<Path> files = ContentFiles.find(contentRoot.resolve("documents"), "md");
        record Result(int index, Optional<Document> document, List<Problem> problems, List<SourceText> texts) {
        }
        ConcurrentLinkedQueue<Result> results = new ConcurrentLinkedQueue<>();
        java.util.stream.IntStream.range(0, files.size()).parallel().forEach(i -> {
            List<Problem> found = new ArrayList<>();
            List<SourceText> read = new ArrayList<>();
            Optional<Document> document = text(files.get(i), found)
                    .flatMap(t -> reader.read(files.get(i), t, found, read));
            results.add(new Result(i, document, found, read));
        });
        List<Result> ordered = new ArrayList<>(results);
        ordered.sort((a, b) -> Integer.compare(a.index(), b.index()));
        List<Document> documents = new ArrayList<>();
        for (Result result : ordered) {
            problems.addAll(result.problems());
            texts.addAll(result.texts());
            result.document().ifPresent(documents::add);
        }
        return documents;
    }

    private <T> List<T> readTable(Path file, List<Column> columns, boolean required, List<Problem> problems,
                                  List<SourceText> texts,
                                  java.util.function.BiFunction<List<TableRow>, List<Problem>, List<T>> reader) {
        if (!Files.exists(file)) {
            if (required && file.getFileName().toString().equals("schools.csv")) {
                problems.add(Problem.error(SourceLocation.file(relative(file)), "", "content.missing-file",
                        "缺少学校名录文件", "创建 content/schools.csv，表头见 docs/content-format.md"));
            }
            return Collections.emptyList();
        }
        return text(file, problems).map(text -> {
            List<TableRow> rows = new CsvTableReader(columns).read(relative(file), text, problems);
            texts.addAll(SourceTexts.cells(rows, NAME_COLUMNS));
            return reader.apply(rows, problems);
        }).orElse(List.of());
    }

    private Optional<String> text(Path file, List<Problem> problems) {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            Optional<DecodedText> decoded = DecodedText.decode(Files.readAllBytes(file));
            if (decoded.isEmpty()) {
                problems.add(Problem.error(SourceLocation.file(relative(file)), "", "file.encoding",
                        "文件既不是 UTF-8 也不是 GBK 编码", "用 UTF-8 编码另存为此文件"));
            }
            return decoded.map(DecodedText::text);
        } catch (IOException e) {
            problems.add(Problem.error(SourceLocation.file(relative(file)), "", "file.unreadable",
                    "无法读取文件：" + e.getMessage(), "检查文件权限"));
            return Optional.empty();
        }
    }

    private String relative(Path file) {
        return ContentFiles.relative(siteRoot, file);
    }
}
