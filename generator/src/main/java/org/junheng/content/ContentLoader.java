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
import java.util.function.BiFunction;
import java.util.stream.IntStream;

/**
 * Loads a site's {@code content/} folder into the immutable model. Files are read in
 * parallel but collected in path order, so problems and content come out the same way
 * on every run.
 */
public final class ContentLoader {

    /** Table columns whose values identify or address something rather than describe it. */
    private static final Set<String> NAME_COLUMNS = Set.of("code", "name", "aliases", "parent", "county", "year");
    private static final int ROWS_PER_SLICE = 1024;

    private final Path siteRoot;
    private final Path contentRoot;
    private final MarkdownRenderer markdown;
    private final TableFiles tables;
    private final TextCheck check;
    private final CheckedFiles checkedFiles;

    /** A loader that hands every text it reads to {@code check} and keeps what it found, not the text. */
    public ContentLoader(Path siteRoot, TextCheck check) {
        this(siteRoot, check, MarkdownMemo.none(), CheckedFiles.none());
    }

    /**
     * The same, rendering only the Markdown that {@code memo} does not keep, and checking the texts of
     * only the files that {@code checkedFiles} does not keep.
     */
    public ContentLoader(Path siteRoot, TextCheck check, MarkdownMemo memo, CheckedFiles checkedFiles) {
        this.check = check;
        this.checkedFiles = checkedFiles;
        this.markdown = new MarkdownRenderer(memo);
        this.siteRoot = siteRoot.toAbsolutePath().normalize();
        this.contentRoot = this.siteRoot.resolve("content");
        this.tables = new TableFiles(this.siteRoot, this::fileText);
    }

    public Loaded load(List<County> counties) {
        List<Problem> problems = new ArrayList<>();
        List<Problem> textProblems = new ArrayList<>();
        // documents and enrollment share no reader with the tables: read alongside them, merged in place
        CompletableFuture<Part<List<Document>>> documentsRead = alongside(this::readDocuments);
        CompletableFuture<Part<List<EnrollmentYear>>> enrollmentRead = alongside((found, seen) ->
                new EnrollmentReader(siteRoot, markdown, scannedInto(seen)).read(contentRoot.resolve("enrollment"), found));
        List<School> schools = readTable(contentRoot.resolve("schools.csv"), SchoolRegistryTable.COLUMNS, true,
                problems, textProblems, SchoolRegistryTable::read);
        List<SchoolStatistics> statistics = readTables(contentRoot.resolve("statistics"), StatisticsTable.COLUMNS,
                problems, textProblems, StatisticsTable::read);
        List<CountyInputs> countyInputs = readCountyInputs(problems, textProblems);
        List<Document> documents = merged(documentsRead, problems, textProblems);
        Path aboutFile = contentRoot.resolve("about.md");
        Optional<String> about = fileText(aboutFile, problems).map(FileText::text).map(text -> {
            FrontMatter parts = FrontMatter.split(text);
            textProblems.addAll(check.problemsIn(List.of(
                    SourceTexts.markdown(relative(aboutFile), parts.body(), parts.bodyFirstLine()))));
            return markdown.render(parts.body());
        });
        tables.reportUnreadSheets(problems);
        TextSource scanned = scannedInto(textProblems);
        List<EnrollmentYear> enrollment = merged(enrollmentRead, problems, textProblems);
        List<Project> projects = readTables(contentRoot.resolve("projects"), ProjectTable.COLUMNS, problems,
                textProblems, ProjectTable::read);
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
        return new Loaded(content, problems, textProblems);
    }

    /** Enrollment and partnership files have readers of their own; every file they read is scanned whole. */
    private TextSource scannedInto(List<Problem> textProblems) {
        return (file, found) -> fileText(file, found).map(read -> {
            String name = relative(file);
            textProblems.addAll(checkedFiles.problems(Optional.of(read.checkedKey(name)),
                    () -> check.findingsIn(SourceTexts.wholeFile(name, read.text()))));
            return read.text();
        });
    }

    /**
     * What one reader found, and what the text checks found in what it read, kept apart so that
     * it can run on another thread.
     */
    private record Part<T>(T value, List<Problem> problems, List<Problem> textProblems) {
    }

    private static <T> CompletableFuture<Part<T>> alongside(BiFunction<List<Problem>, List<Problem>, T> reader) {
        return CompletableFuture.supplyAsync(() -> {
            List<Problem> found = new ArrayList<>();
            List<Problem> seen = new ArrayList<>();
            T value = reader.apply(found, seen);
            return new Part<>(value, found, seen);
        });
    }

    /**
     * The reader's result, with its problems and text problems added where reading it one after
     * another would have put them.
     */
    private static <T> T merged(CompletableFuture<Part<T>> reading, List<Problem> problems,
                                List<Problem> textProblems) {
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
        textProblems.addAll(part.textProblems());
        return part.value();
    }

    /** Each county's YAML inputs, read on every core and collected in file order. */
    private List<CountyInputs> readCountyInputs(List<Problem> problems, List<Problem> textProblems) {
        CountyInputsReader reader = new CountyInputsReader();
        return readEach(ContentFiles.find(contentRoot.resolve("county"), "yml", "yaml"), true, problems, textProblems,
                (file, text, found, read) -> reader.read(relative(file), text, found, read));
    }

    private List<Document> readDocuments(List<Problem> problems, List<Problem> textProblems) {
        DocumentReader reader = new DocumentReader(siteRoot, markdown);
        // a document's texts include its attachments': its own text does not key them
        return readEach(ContentFiles.find(contentRoot.resolve("documents"), "md"), false, problems, textProblems,
                reader::read);
    }

    /** Reads one file into what it holds, adding its problems to {@code found} and its texts to {@code read}. */
    private interface FileReader<T> {
        Optional<T> read(Path file, String text, List<Problem> found, List<SourceText> read);
    }

    /**
     * Each of {@code files} read on every core, its texts checked on the same thread; values,
     * problems and text problems collected in file order, as reading one after another would.
     *
     * @param ownTextOnly whether the texts the reader hands over follow from the file's text alone, so
     *                    that a file kept as checked (see {@link CheckedFiles}) need not be checked again
     */
    private <T> List<T> readEach(List<Path> files, boolean ownTextOnly, List<Problem> problems,
                                 List<Problem> textProblems, FileReader<T> reader) {
        record Result<T>(Optional<T> value, List<Problem> problems, List<Problem> textProblems) {
        }
        List<Result<T>> results = files.parallelStream().map(file -> {
            List<Problem> found = new ArrayList<>();
            List<SourceText> read = new ArrayList<>();
            Optional<FileText> text = fileText(file, found);
            Optional<T> value = text.flatMap(t -> reader.read(file, t.text(), found, read));
            Optional<String> key = text.filter(t -> ownTextOnly).map(t -> t.checkedKey(relative(file)));
            return new Result<>(value, found, checkedFiles.problems(key, () -> check.findingsIn(read)));
        }).toList();
        List<T> values = new ArrayList<>();
        for (Result<T> result : results) {
            problems.addAll(result.problems());
            textProblems.addAll(result.textProblems());
            result.value().ifPresent(values::add);
        }
        return values;
    }

    /**
     * A table kept in one file, named by its CSV path: the CSV file, or the workbook of the same
     * name, or the sheet named after it in {@code content/data.xlsx}.
     */
    private <T> List<T> readTable(Path file, List<Column> columns, boolean required, List<Problem> problems,
                                  List<Problem> textProblems,
                                  java.util.function.BiFunction<List<TableRow>, List<Problem>, List<T>> reader) {
        TableFiles.Read read = tables.single(file, columns, required, problems);
        textProblems.addAll(cellProblems(read));
        return reader.apply(read.rows(), problems);
    }

    /** A table kept as a folder of CSV files and workbooks, plus its sheets in {@code content/data.xlsx}. */
    private <T> List<T> readTables(Path folder, List<Column> columns, List<Problem> problems,
                                   List<Problem> textProblems,
                                   java.util.function.BiFunction<List<TableRow>, List<Problem>, List<T>> reader) {
        List<T> records = new ArrayList<>();
        tables.folder(folder, columns, problems, read -> {
            textProblems.addAll(cellProblems(read));
            records.addAll(reader.apply(read.rows(), problems));
        });
        return records;
    }

    /**
     * What the text checks find in the cells of the rows read, in row order; nothing, unchecked, if
     * the table is kept as checked already. A national table has millions of cells: they are
     * checked a slice of rows at a time, on every core, so that only a slice's texts exist at once.
     */
    private List<Problem> cellProblems(TableFiles.Read read) {
        List<TableRow> rows = read.rows();
        return checkedFiles.problems(read.key(), () -> {
            int slices = (rows.size() + ROWS_PER_SLICE - 1) / ROWS_PER_SLICE;
            List<TextCheck.Findings> found = IntStream.range(0, slices).parallel()
                    .mapToObj(slice -> check.findingsIn(SourceTexts.cells(
                            rows.subList(slice * ROWS_PER_SLICE, Math.min(rows.size(), (slice + 1) * ROWS_PER_SLICE)),
                            NAME_COLUMNS)))
                    .toList();
            return new TextCheck.Findings(found.stream().flatMap(f -> f.problems().stream()).toList(),
                    found.stream().allMatch(TextCheck.Findings::nothingFound));
        });
    }

    private Optional<FileText> fileText(Path file, List<Problem> problems) {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            byte[] bytes = Files.readAllBytes(file);
            Optional<DecodedText> decoded = DecodedText.decode(bytes);
            if (decoded.isEmpty()) {
                problems.add(Problem.error(SourceLocation.file(relative(file)), "", "file.encoding",
                        "文件既不是 UTF-8 也不是 GBK 编码", "用 UTF-8 编码另存为此文件"));
            }
            return decoded.map(text -> new FileText(text.text(), bytes));
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
