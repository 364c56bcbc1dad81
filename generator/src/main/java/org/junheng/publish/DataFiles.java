package org.junheng.publish;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.junheng.files.KeyTable;
import org.junheng.files.ParentFolders;
import org.junheng.files.Sha256;
import org.junheng.render.CarriedFile;
import org.junheng.render.ModelDigest;
import org.junheng.render.PageCache;

/**
 * Writes a table under {@code /data/{folder}/} in its three forms: {@code {name}.csv} (canonical),
 * {@code {name}.excel.csv} (for Excel) and {@code {name}.json}. An Excel sheet holds 1,048,576 rows,
 * and Excel opens a longer CSV cut short, so a table with more rows than fit beside the header has
 * its Excel form in parts, {@code {name}.part1.excel.csv} and on, each with the header; at national
 * size (about 150,000 schools) a year's indicator table needs two. A table is keyed by a digest of
 * its schema and rows, like a page by its model: the files are a function of the table alone.
 */
final class DataFiles {

    static final String FOLDER = "data";
    static final String LATEST = "latest";
    static final String EXCEL_SUFFIX = ".excel.csv";
    /** The data rows of an Excel sheet: its 1,048,576 rows less the header. */
    static final int EXCEL_ROWS = 1_048_575;

    private final Path data;
    private final PageCache cache;
    private final CarriedDigests digests;
    private final int excelRows;
    private final TableLayouts layouts;
    private final boolean verify;
    private final Map<String, String> keys = new ConcurrentHashMap<>();
    /** The SHA-256 of each file this build wrote or linked, by path under {@code data/}, taken as it was written. */
    private final Map<String, String> written = new ConcurrentHashMap<>();

    /**
     * @param data  the site output's {@code data/} folder
     * @param cache the published files a table may carry over: those written from a table with the same digest
     */
    DataFiles(Path data, PageCache cache) {
        this(data, cache, EXCEL_ROWS, TableLayouts.NONE, false);
    }

    /**
     * @param excelRows the most rows of a table one file of its Excel form holds
     * @param layouts   where the pieces of the published tables' files stand, to copy unchanged ones from
     * @param verify    format the pieces copied too, and stop the build if a copy differs
     */
    DataFiles(Path data, PageCache cache, int excelRows, TableLayouts layouts, boolean verify) {
        if (excelRows < 1) {
            throw new IllegalArgumentException("an Excel part must hold at least one row: " + excelRows);
        }
        this.data = data;
        this.cache = cache;
        this.digests = CarriedDigests.of(cache);
        this.excelRows = excelRows;
        this.layouts = layouts;
        this.verify = verify;
    }

    /**
     * The digests known without reading the file: of each file this build wrote or linked, taken as
     * it was written, and of each carried over from the last build, as its {@code SHA256SUMS} lists them.
     */
    Sha256Sums.Known knownDigests() {
        return (path, attributes) -> {
            String digest = written.get(path);
            return digest != null ? Optional.of(digest) : digests.of(path, attributes);
        };
    }

    /**
     * A table about to be written: its forms still to write, none if the published files were carried
     * over, and then what was published. A year's largest table is most of the year's bytes; its
     * files are written on as many threads.
     */
    record Pending(String key, List<Runnable> writes, Supplier<PublishedTable> published) {
    }

    /**
     * The table's files: when the published ones were written from a table with the same digest
     * and are still as written, carried over without formatting the table again; else still to write,
     * a piece at a time, each piece the published files of the table's last version hold copied from
     * them (see {@link TableForms}).
     */
    Pending prepare(String folder, Table table) {
        String base = folder + "/" + table.name();
        List<PublishedTable.ExcelPart> excel = excelParts(base, table.rows().size());
        List<String> forms = forms(base + ".csv", excel, base + ".json");
        List<PackedRows.Piece> pieces = table.pieces();
        // the pieces' digests stand for the rows: digesting every cell took a quarter as long as writing the files
        String key = "table:" + ModelDigest.of(Map.of("schema", table.schema(), "excelRows", excelRows,
                "pieces", pieces.stream().map(PackedRows.Piece::digest).toList()));
        String header = CsvFiles.headerLine(table.schema().columns());
        if (carried(forms, key)) {
            String csv = base + ".csv";
            Path file = data.resolve(csv);
            String sha256 = digests.of(csv, attributes(file)).orElseGet(() -> Sha256.ofFile(file));
            return new Pending(key, List.of(), () -> published(table, folder, base, excel, header, sha256));
        }
        TableForms.Earlier earlier = earlier(base);
        Map<String, TableForms.FileLayout> placed = new ConcurrentHashMap<>();
        List<Runnable> writes = new ArrayList<>();
        writes.add(() -> writeForm(base, ".csv", table, 0, table.rows().size(), pieces, earlier, placed));
        for (PublishedTable.ExcelPart part : excel) {
            writes.add(() -> writeForm(base, part.path().substring(base.length()), table,
                    Math.max(0, part.firstRow() - 1), part.lastRow(), pieces, earlier, placed));
        }
        writes.add(() -> writeForm(base, ".json", table, 0, table.rows().size(), pieces, earlier, placed));
        return new Pending(key, writes, () -> {
            layouts.keep(key, placed);
            return published(table, folder, base, excel, header, written.get(base + ".csv"));
        });
    }

    /**
     * The pieces the published files of the table at {@code base} hold: those files of its last version
     * that are still as written from its key, each as the layout kept for that key says.
     */
    private TableForms.Earlier earlier(String base) {
        TableForms.Earlier earlier = new TableForms.Earlier();
        Optional<String> lastKey = cache.lastWritten(FOLDER + "/" + base + ".csv").map(PageCache.Published::key);
        Map<String, TableForms.FileLayout> files = lastKey.flatMap(layouts::read).orElse(Map.of());
        files.forEach((suffix, layout) -> cache.previous(FOLDER + "/" + base + suffix, lastKey.get())
                .ifPresent(file -> earlier.add(TableForms.Kind.of(suffix), file, layout)));
        return earlier;
    }

    private void writeForm(String base, String suffix, Table table, int fromRow, int toRow,
                           List<PackedRows.Piece> pieces, TableForms.Earlier earlier,
                           Map<String, TableForms.FileLayout> placed) {
        writeDigested(base + suffix, out -> placed.put(suffix, TableForms.write(TableForms.Kind.of(suffix), table,
                fromRow, toRow, pieces, earlier, verify, out)));
    }

    /**
     * A year's tables as the build that kept them wrote them under {@code folder}, carried over whole
     * if every file of every table is still the one written from the same key; else nothing is carried.
     */
    Optional<List<PublishedTable>> carryYear(String folder, List<CarriedYears.Entry> tables,
                                             Map<String, TableSchema> schemas) {
        List<List<String>> forms = new ArrayList<>();
        for (CarriedYears.Entry table : tables) {
            String base = folder + "/" + table.table();
            List<String> paths = forms(base + ".csv", table.excel(), base + ".json");
            if (!schemas.containsKey(table.table())
                    || paths.stream().anyMatch(path -> cache.previous(FOLDER + "/" + path, table.key()).isEmpty())) {
                return Optional.empty();
            }
            forms.add(paths);
        }
        List<PublishedTable> published = new ArrayList<>();
        for (int i = 0; i < tables.size(); i++) {
            CarriedYears.Entry table = tables.get(i);
            if (!carried(forms.get(i), table.key())) {
                throw new IllegalStateException("data/" + forms.get(i).get(0) + " was published a moment ago");
            }
            published.add(table.publishedIn(folder, schemas.get(table.table())));
        }
        return Optional.of(published);
    }

    /** The files of the Excel form of a table of {@code rows} rows written under {@code base}: one, unless they do not fit. */
    private List<PublishedTable.ExcelPart> excelParts(String base, int rows) {
        if (rows <= excelRows) {
            return List.of(new PublishedTable.ExcelPart(base + EXCEL_SUFFIX, 1, 1, Math.min(1, rows), rows));
        }
        int parts = (int) ((rows + (long) excelRows - 1) / excelRows);
        List<PublishedTable.ExcelPart> excel = new ArrayList<>();
        for (int part = 1; part <= parts; part++) {
            int first = (part - 1) * excelRows + 1;
            excel.add(new PublishedTable.ExcelPart(base + ".part" + part + EXCEL_SUFFIX, part, parts, first,
                    Math.min(rows, first + excelRows - 1)));
        }
        return excel;
    }

    /**
     * The same table under another folder: its files carried over as above, or else linked to
     * this build's (copied where the file system refuses links).
     */
    PublishedTable copy(PublishedTable table, String folder) {
        String base = folder + "/" + table.schema().name();
        List<PublishedTable.ExcelPart> excel = table.excel().stream()
                .map(part -> part.at(folder + part.path().substring(table.folder().length()))).toList();
        PublishedTable copy = new PublishedTable(table.schema(), folder, base + ".csv", excel, base + ".json",
                table.rows(), table.bytes(), table.sha256(), table.header());
        if (carried(forms(copy.csv(), excel, copy.json()), keys.get(FOLDER + "/" + table.csv()))) {
            return copy;
        }
        // linked, not copied: at 10,000 schools the newest year's tables are about 200 MB
        linked(table.csv(), copy.csv());
        for (int i = 0; i < excel.size(); i++) {
            linked(table.excel().get(i).path(), excel.get(i).path());
        }
        linked(table.json(), copy.json());
        return copy;
    }

    /** A table's file paths under {@code data/}: the canonical CSV, the Excel form's parts, the JSON. */
    private static List<String> forms(String csv, List<PublishedTable.ExcelPart> excel, String json) {
        List<String> forms = new ArrayList<>();
        forms.add(csv);
        excel.forEach(part -> forms.add(part.path()));
        forms.add(json);
        return forms;
    }

    private void linked(String from, String to) {
        CarriedFile.carry(data.resolve(from), data.resolve(to));
        String digest = written.get(from);
        if (digest != null) { // else carried over, and known from the last build
            written.put(to, digest);
        }
    }

    /** The {@code SHA256SUMS} the output this build replaces published, if it is as the last build wrote it. */
    Optional<KeyTable> publishedSums() {
        return digests.published();
    }

    /** Lets go of the layouts of tables no file of this build was written or carried over from. */
    void pruneLayouts() {
        layouts.prune(keys.values());
    }

    /** The key every table file was written or carried over from, by output path: for the next build's cache. */
    Map<String, String> keys() {
        return Map.copyOf(keys);
    }

    /** Carries over the published {@code forms} (paths under {@code data/}) if each was written from {@code key}. */
    private boolean carried(List<String> forms, String key) {
        forms.forEach(form -> keys.put(FOLDER + "/" + form, key));
        List<Path> published = new ArrayList<>();
        for (String form : forms) {
            Optional<Path> previous = cache.previous(FOLDER + "/" + form, key);
            if (previous.isEmpty()) {
                return false;
            }
            published.add(previous.get());
        }
        for (int i = 0; i < forms.size(); i++) {
            CarriedFile.carry(published.get(i), data.resolve(forms.get(i)));
        }
        return true;
    }

    private static BasicFileAttributes attributes(Path file) {
        try {
            return Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private PublishedTable published(Table table, String folder, String base, List<PublishedTable.ExcelPart> excel,
                                     String header, String sha256) {
        long bytes;
        try {
            bytes = Files.size(data.resolve(base + ".csv"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read data/" + base + ".csv", e);
        }
        return new PublishedTable(table.schema(), folder, base + ".csv", excel, base + ".json",
                table.rows().size(), bytes, sha256, header);
    }

    /** The first line of a CSV file, without its line end; empty if it cannot be read. Reads no further than that line. */
    static java.util.Optional<String> header(Path file) {
        if (!Files.isRegularFile(file)) {
            return java.util.Optional.empty();
        }
        try (java.io.InputStream in = new java.io.BufferedInputStream(Files.newInputStream(file))) {
            java.io.ByteArrayOutputStream line = new java.io.ByteArrayOutputStream();
            for (int b = in.read(); b != -1 && b != '\n'; b = in.read()) {
                line.write(b);
            }
            return java.util.Optional.of(line.toString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            return java.util.Optional.empty();
        }
    }

    /** What a table's form, or another data file, writes to its stream. */
    interface Form {
        void write(OutputStream out) throws IOException;
    }

    /** Writes a form of a table, digesting its bytes on the way, so that {@code SHA256SUMS} needn't read it back. */
    private void writeDigested(String path, Form form) {
        Path file = data.resolve(path);
        MessageDigest digest = Sha256.digest();
        try {
            // opened before anything is written or digested: a second try starts from nothing
            ParentFolders.creating(file, () -> {
                try (OutputStream out = new DigestOutputStream(new BufferedOutputStream(Files.newOutputStream(file,
                        StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), 1 << 16), digest)) {
                    form.write(out);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write data/" + path, e);
        }
        written.put(path, HexFormat.of().formatHex(digest.digest()));
    }

    /** Writes a data file a buffer at a time. */
    void write(String path, Form form) {
        writeDigested(path, form);
    }

    void write(String path, byte[] bytes) {
        ParentFolders.write(data.resolve(path), bytes);
    }
}
