package org.junheng.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a table under {@code /data/{folder}/} in its three forms: {@code {name}.csv} (canonical),
 * {@code {name}.excel.csv} (for Excel) and {@code {name}.json}.
 */
final class DataFiles {

    static final String FOLDER = "data";
    static final String LATEST = "latest";
    static final String EXCEL_SUFFIX = ".excel.csv";

    private final Path data;

    /** @param data the site output's {@code data/} folder */
    DataFiles(Path data) {
        this.data = data;
    }

    PublishedTable write(String folder, Table table) {
        String base = folder + "/" + table.name();
        byte[] csv = CsvFiles.canonical(table.schema().columns(), table.rows());
        write(base + ".csv", csv);
        write(base + EXCEL_SUFFIX, CsvFiles.excel(table.schema().columns(), table.rows()));
        writeJson(base + ".json", table);
        String text = new String(csv, StandardCharsets.UTF_8);
        return new PublishedTable(table, folder, base + ".csv", base + EXCEL_SUFFIX, base + ".json", table.rows().size(),
                csv.length, Sha256.hex(csv), text.substring(0, text.indexOf('\n')));
    }

    /** The same table under another folder: its three files copied byte for byte, not formatted again. */
    PublishedTable copy(PublishedTable table, String folder) {
        String base = folder + "/" + table.table().name();
        PublishedTable copy = new PublishedTable(table.table(), folder, base + ".csv", base + EXCEL_SUFFIX,
                base + ".json", table.rows(), table.bytes(), table.sha256(), table.header());
        try {
            Files.createDirectories(data.resolve(folder));
            Files.copy(data.resolve(table.csv()), data.resolve(copy.csv()));
            Files.copy(data.resolve(table.excel()), data.resolve(copy.excel()));
            Files.copy(data.resolve(table.json()), data.resolve(copy.json()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy data/" + table.csv() + " to data/" + folder, e);
        }
        return copy;
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
        try {
            Path file = data.resolve(path);
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write data/" + path, e);
        }
    }
}
