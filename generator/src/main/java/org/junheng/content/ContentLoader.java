package org.junheng.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.BiFunction;

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
    private final TableFiles tables;

    public ContentLoader(Path siteRoot) {
        this.siteRoot = siteRoot.toAbsolutePath().normalize();
        this.contentRoot = this.siteRoot.resolve("content");
        this.tables = new TableFiles(this.siteRoot, this::text);
    }

    public Loaded load(List<County> counties) {
        List<Problem> problems = new ArrayList<>();
        List<SourceText> texts = new ArrayList<>();
        // documents and enrollment share no reader with the tables: read alongside them, merged in place
        CompletableFuture<Part<List<Document>>> documentsRead = alongside(this::readDocuments);
        CompletableFuture<Part<List<EnrollmentYear>>> enrollmentRead = alongside((found, read) ->
                new EnrollmentReader(siteRoot, markdown, scannedInto(read)).read(contentRoot.resolve("enrollment"), found));
        List<School> schools = readTable(contentRoot.resolve("schools.csv"), SchoolRegistryTable.COLUMNS, true,
                problems, texts, SchoolRegistryTable::read);
        List<SchoolStatistics> statistics = readTables(contentRoot.resolve("statistics"), StatisticsTable.COLUMNS,
                problems, texts, StatisticsTable::read);
        List<CountyInputs> countyInputs = new ArrayList<>();
        CountyInputsReader countyReader = new CountyInputsReader();
        for (Path file : ContentFiles.find(contentRoot.resolve("county"), "yml", "yaml")) {
            text(file, problems).flatMap(text -> countyReader.read(relative(file), text, problems, texts))
                    .ifPresent(countyInputs::add);
        }
        List<Document> documents = merged(documentsRead, problems, texts);
        Path aboutFile = contentRoot.resolve("about.md");
        Optional<String> about = text(aboutFile, problems).map(text -> {
            FrontMatter parts = FrontMatter.split(text);
            texts.add(SourceTexts.markdown(relative(aboutFile), parts.body(), parts.bodyFirstLine()));
            return markdown.render(parts.body());
        });
        tables.reportUnreadSheets(problems);
        TextSource scanned = scannedInto(texts);
        List<EnrollmentYear> enrollment = merged(enrollmentRead, problems, texts);
        List<Project> projects = readTables(contentRoot.resolve("projects"), ProjectTable.COLUMNS, problems, texts,
                ProjectTable::read);
        List<Partnership> partnerships = new ArrayList<>();
        for (String name : List.of("partnerships.yml", "partnerships.yaml")) {
            Path file = contentRoot.resolve(name);
            scanned.read(file, problems).ifPresent(t -> partnerships.addAll(new PartnershipReader().read(relative(file),
                    t, problems)));
        }
        Path correctionsFile = siteRoot.resolve(CorrectionsReader.FILE);
        List<Correction> corrections = scanned.read(correctionsFile, problems)
                .map(text -> new CorrectionsReader().read(relative(correctionsFile), text, problems))
                .orElse(List.of());
        Content content = new Content(counties, schools, statistics, countyInputs, documents, about, enrollment,
                projects, partnerships, corrections);
        return new Loaded(content, problems, texts);
    }

    /** Enrollment and partnership files have readers of their own; every file they read is scanned whole. */
    private TextSource scannedInto(List<SourceText> texts) {
        return (file, found) -> text(file, found).map(text -> {
            texts.addAll(SourceTexts.wholeFile(relative(file), text));
            return text;
        });
    }

    /** What one reader found, kept apart so that it can run on another thread. */
    private record Part<T>(T value, List<Problem> problems, List<SourceText> texts) {
    }

    private static <T> CompletableFuture<Part<T>> alongside(BiFunction<List<Problem>, List<SourceText>, T> reader) {
        return CompletableFuture.supplyAsync(() -> {
            List<Problem> found = new ArrayList<>();
            List<SourceText> read = new ArrayList<>();
            T value = reader.apply(found, read);
            return new Part<>(value, found, read);
        });
    }

    /** The reader's result, its problems and texts added where reading it one after another would have put them. */
    private static <T> T merged(CompletableFuture<Part<T>> reading, List<Problem> problems, List<SourceText> texts) {
        Part<T> part;
        try {
            part = reading.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
        problems.addAll(part.problems());
        texts.addAll(part.texts());
        return part.value();
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

    /**
     * A table kept in one file, named by its CSV path: the CSV file, or the workbook of the same
     * name, or the sheet named after it in {@code content/data.xlsx}.
     */
    private <T> List<T> readTable(Path file, List<Column> columns, boolean required, List<Problem> problems,
                                  List<SourceText> texts,
                                  java.util.function.BiFunction<List<TableRow>, List<Problem>, List<T>> reader) {
        List<TableRow> rows = tables.single(file, columns, required, problems);
        texts.addAll(SourceTexts.cells(rows, NAME_COLUMNS));
        return reader.apply(rows, problems);
    }

    /** A table kept as a folder of CSV files and workbooks, plus its sheets in {@code content/data.xlsx}. */
    private <T> List<T> readTables(Path folder, List<Column> columns, List<Problem> problems, List<SourceText> texts,
                                   java.util.function.BiFunction<List<TableRow>, List<Problem>, List<T>> reader) {
        List<T> records = new ArrayList<>();
        for (List<TableRow> rows : tables.folder(folder, columns, problems)) {
            texts.addAll(SourceTexts.cells(rows, NAME_COLUMNS));
            records.addAll(reader.apply(rows, problems));
        }
        return records;
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
