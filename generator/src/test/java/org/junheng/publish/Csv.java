package org.junheng.publish;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A published CSV read back with a standard CSV reader (Jackson CSV), never with Junheng's own code. */
record Csv(List<String> header, List<Map<String, String>> rows) {

    private static final CsvMapper MAPPER = new CsvMapper();

    static Csv read(Path file) {
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Csv parse(String text) {
        try (MappingIterator<List<String>> lines = MAPPER.readerForListOf(String.class)
                .with(CsvParser.Feature.WRAP_AS_ARRAY).readValues(text)) {
            List<List<String>> all = lines.readAll();
            List<String> header = all.get(0);
            List<Map<String, String>> rows = new ArrayList<>();
            for (List<String> line : all.subList(1, all.size())) {
                if (line.size() != header.size()) {
                    throw new IllegalStateException("a row has " + line.size() + " cells for " + header.size() + " columns: " + line);
                }
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    row.put(header.get(i), line.get(i));
                }
                rows.add(row);
            }
            return new Csv(header, rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
