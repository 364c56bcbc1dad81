package org.junheng.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;

/** An edit of one file of a site, by its path under the site folder: it must change the file. */
record FileEdit(String file, UnaryOperator<String> change) {

    void apply(Path site) {
        try {
            Path path = site.resolve(file);
            String before = Files.readString(path);
            String after = change.apply(before);
            assertThat(after).as("the edit of %s", file).isNotEqualTo(before);
            Files.writeString(path, after);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code text} with field {@code index} (from 0) of each CSV row that starts with {@code row} changed. */
    static String field(String text, String row, int index, UnaryOperator<String> change) {
        List<String> lines = text.lines().map(line -> {
            if (!line.startsWith(row)) {
                return line;
            }
            String[] fields = line.split(",", -1);
            fields[index] = change.apply(fields[index]);
            return String.join(",", fields);
        }).toList();
        assertThat(lines).as("rows starting with %s", row).anyMatch(line -> line.startsWith(row));
        return String.join("\n", lines) + "\n";
    }
}
