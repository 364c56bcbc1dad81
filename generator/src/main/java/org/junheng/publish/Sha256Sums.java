package org.junheng.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
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

    /**
     * Digests of every data file under {@code folder}, by path relative to it: those {@code carried} knows
     * from the last build, the others read on {@code threads} threads.
     */
    static SortedMap<String, String> of(Path folder, int threads, CarriedDigests carried) {
        if (!Files.isDirectory(folder)) {
            return new TreeMap<>();
        }
        List<String> paths;
        try (Stream<Path> files = Files.walk(folder)) {
            paths = files.filter(Files::isRegularFile).map(file -> folder.relativize(file).toString().replace('\\', '/'))
                    .filter(path -> !path.equals(FILE) && !path.endsWith(".html")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> digests = Parallel.map(threads, paths,
                path -> carried.of(path).orElseGet(() -> Sha256.ofFile(folder.resolve(path))));
        SortedMap<String, String> sums = new TreeMap<>();
        for (int i = 0; i < paths.size(); i++) {
            sums.put(paths.get(i), digests.get(i));
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
