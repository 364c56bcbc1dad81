package org.junheng.publish;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.FileVisitResult;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junheng.files.KeyTable;
import org.junheng.files.Sha256;
import org.junheng.parallel.Parallel;

/**
 * The {@code SHA256SUMS} file of {@code /data/}: one line per downloadable file, in the format
 * {@code sha256sum -c SHA256SUMS} checks (digest, two spaces, path relative to {@code /data/}),
 * sorted by path (by its UTF-8 bytes; every path under {@code /data/} is ASCII). The pages under
 * {@code /data/} are not data and are left out.
 */
final class Sha256Sums {

    static final String FILE = "SHA256SUMS";
    private static final Pattern LINE = Pattern.compile("([0-9a-f]{64}) [ *](\\S.*)");

    private Sha256Sums() {
    }

    /** The digest of a file known without reading it, if it is. */
    interface Known {
        /** For the file at {@code path} under the folder, whose {@code attributes} were read with no links followed. */
        Optional<String> of(String path, BasicFileAttributes attributes);
    }

    /**
     * Digests of every data file under {@code folder}, by path relative to it, packed: those {@code known}
     * knows, the others read on {@code threads} threads. A national site's {@code /data/} is about
     * half a million files (each school's chart tables); their paths, attributes and digests as strings
     * in sorted maps took a few hundred megabytes where the build had less to spare.
     */
    static KeyTable of(Path folder, int threads, Known known) {
        KeyTable.Builder sums = new KeyTable.Builder();
        if (!Files.isDirectory(folder)) {
            return sums.build(false);
        }
        List<String> unknown = new ArrayList<>();
        try {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    String path = folder.relativize(file).toString().replace('\\', '/');
                    if (attributes.isRegularFile() && !path.equals(FILE) && !path.endsWith(".html")) {
                        known.of(path, attributes).ifPresentOrElse(digest -> sums.add(path, digest),
                                () -> unknown.add(path));
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
        Parallel.forEach(threads, unknown, path -> sums.add(path, Sha256.ofFile(folder.resolve(path))));
        return sums.build(false);
    }

    /** Writes {@code sums} as the {@code SHA256SUMS} file, in their order (by path). */
    static void write(Map<String, String> sums, OutputStream out) throws IOException {
        Writer text = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        for (Map.Entry<String, String> sum : sums.entrySet()) {
            text.append(sum.getValue()).append("  ").append(sum.getKey()).append('\n');
        }
        text.flush();
    }

    /** Reads a {@code SHA256SUMS} file, packed; lines it does not understand are skipped. */
    static KeyTable read(Path file) throws IOException {
        KeyTable.Builder sums = new KeyTable.Builder();
        try (BufferedReader lines = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                Matcher matcher = LINE.matcher(line.strip());
                if (matcher.matches()) {
                    sums.add(matcher.group(2), matcher.group(1));
                }
            }
        }
        return sums.build(true);
    }
}
