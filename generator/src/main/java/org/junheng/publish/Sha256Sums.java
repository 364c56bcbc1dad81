package org.junheng.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.FileVisitResult;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junheng.files.Sha256;
import org.junheng.parallel.Parallel;

/**
 * The {@code SHA256SUMS} file of {@code /data/}: one line per downloadable file, in the format
 * {@code sha256sum -c SHA256SUMS} checks (digest, two spaces, path relative to {@code /data/}),
 * sorted by path. The pages under {@code /data/} are not data and are left out.
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
     * Digests of every data file under {@code folder}, by path relative to it: those {@code known}
     * knows, the others read on {@code threads} threads.
     */
    static SortedMap<String, String> of(Path folder, int threads, Known known) {
        if (!Files.isDirectory(folder)) {
            return new TreeMap<>();
        }
        Map<String, BasicFileAttributes> files = new TreeMap<>();
        try {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    String path = folder.relativize(file).toString().replace('\\', '/');
                    if (attributes.isRegularFile() && !path.equals(FILE) && !path.endsWith(".html")) {
                        files.put(path, attributes);
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
        List<Map.Entry<String, BasicFileAttributes>> entries = List.copyOf(files.entrySet());
        List<String> digests = Parallel.map(threads, entries, entry -> known.of(entry.getKey(), entry.getValue())
                .orElseGet(() -> Sha256.ofFile(folder.resolve(entry.getKey()))));
        SortedMap<String, String> sums = new TreeMap<>();
        for (int i = 0; i < entries.size(); i++) {
            sums.put(entries.get(i).getKey(), digests.get(i));
        }
        return sums;
    }

    static byte[] text(Map<String, String> sums) {
        StringBuilder text = new StringBuilder();
        new TreeMap<>(sums).forEach((path, digest) -> text.append(digest).append("  ").append(path).append('\n'));
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Reads a {@code SHA256SUMS} file; lines it does not understand are skipped. */
    static SortedMap<String, String> parse(String text) {
        SortedMap<String, String> sums = new TreeMap<>();
        for (String line : text.split("\n")) {
            Matcher matcher = LINE.matcher(line.strip());
            if (matcher.matches()) {
                sums.put(matcher.group(2), matcher.group(1));
            }
        }
        return sums;
    }
}
