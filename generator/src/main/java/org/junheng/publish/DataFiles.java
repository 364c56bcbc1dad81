package org.junheng.publish;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import org.junheng.render.CarriedFile;
import org.junheng.render.ModelDigest;
import org.junheng.render.PageCache;
import org.junheng.render.ParentFolders;

/**
 * Writes a table under {@code /data/{folder}/} in its three forms: {@code {name}.csv} (canonical),
 * {@code {name}.excel.csv} (for Excel) and {@code {name}.json}. A table is keyed by a digest of
 * its schema and rows, like a page by its model: the files are a function of the table alone.
 */
final class DataFiles {

    static final String FOLDER = "data";
    static final String LATEST = "latest";
    static final String EXCEL_SUFFIX = ".excel.csv";

    private final Path data;
    private final PageCache cache;
    private final CarriedDigests digests;
    private final Map<String, String> keys = new ConcurrentHashMap<>();

    /**
     * @param data  the site output's {@code data/} folder
     * @param cache the published files a table may carry over: those written from a table with the same digest
     */
    DataFiles(Path data, PageCache cache) {
        this.data = data;
        this.cache = cache;
        this.digests = CarriedDigests.of(cache);
    }

    /** The digests of the files carried over from the last build, as its {@code SHA256SUMS} lists them. */
    CarriedDigests carriedDigests() {
        return digests;
    }

    /**
     * Writes the table's three files — or, when the published ones were written from a table with the
     * same digest and are still as written, carries those over without formatting the table again.
     */
    PublishedTable write(String folder, Table table) {
        String base = folder + "/" + table.name();
        List<String> forms = List.of(base + ".csv", base + EXCEL_SUFFIX, base + ".json");
        String key = "table:" + ModelDigest.of(Map.of("table", table));
        String header = CsvFiles.headerLine(table.schema().columns());
        if (carried(forms, key)) {
            String csv = base + ".csv";
            Path file = data.resolve(csv);
            String sha256 = digests.of(csv, attributes(file)).orElseGet(() -> Sha256.ofFile(file));
            return published(table, folder, base, header, sha256);
        }
        MessageDigest csv = Sha256.digest();
        writeCsv(base + ".csv", table, out -> new DigestOutputStream(out, csv), false);
        writeCsv(base + EXCEL_SUFFIX, table, out -> out, true);
        writeJson(base + ".json", table);
        return published(table, folder, base, header, HexFormat.of().formatHex(csv.digest()));
    }

    /**
     * The same table under another folder: its three files carried over as above, or else linked to
     * this build's (copied where the file system refuses links).
     */
    PublishedTable copy(PublishedTable table, String folder) {
        String base = folder + "/" + table.schema().name();
        PublishedTable copy = new PublishedTable(table.schema(), folder, base + ".csv", base + EXCEL_SUFFIX,
                base + ".json", table.rows(), table.bytes(), table.sha256(), table.header());
        List<String> forms = List.of(copy.csv(), copy.excel(), copy.json());
        if (carried(forms, keys.get(FOLDER + "/" + table.csv()))) {
            return copy;
        }
        // linked, not copied: at 10,000 schools the newest year's tables are about 200 MB
        CarriedFile.carry(data.resolve(table.csv()), data.resolve(copy.csv()));
        CarriedFile.carry(data.resolve(table.excel()), data.resolve(copy.excel()));
        CarriedFile.carry(data.resolve(table.json()), data.resolve(copy.json()));
        return copy;
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

    private PublishedTable published(Table table, String folder, String base, String header, String sha256) {
        long bytes;
        try {
            bytes = Files.size(data.resolve(base + ".csv"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read data/" + base + ".csv", e);
        }
        return new PublishedTable(table.schema(), folder, base + ".csv", base + EXCEL_SUFFIX, base + ".json",
                table.rows().size(), bytes, sha256, header);
    }

    private void writeCsv(String path, Table table, UnaryOperator<OutputStream> through, boolean forExcel) {
        Path file = data.resolve(path);
        try {
            Files.createDirectories(file.getParent());
            try (OutputStream out = through.apply(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16))) {
                CsvFiles.write(table.schema().columns(), table.rows(), out, forExcel);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write data/" + path, e);
        }
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

    private void writeJson(String path, Table table) {
        Path file = data.resolve(path);
        try {
            Files.createDirectories(file.getParent());
            try (java.io.OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
                JsonRows.write(table, out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write data/" + path, e);
        }
    }

    void write(String path, byte[] bytes) {
        ParentFolders.write(data.resolve(path), bytes);
    }
}
