package org.junheng.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.junheng.parallel.Parallel;

/**
 * A file's stamp — size, modification time to the nanosecond and file identity — changes
 * whenever the file is written. A site's output is tens of thousands of files, so a folder's
 * stamps are read in one walk that asks the file system once per file.
 */
final class FileStamps {

    static final String MISSING = "missing";

    private FileStamps() {
    }

    static String of(BasicFileAttributes attributes) {
        return attributes.size() + ":" + attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS) + ":"
                + attributes.fileKey();
    }

    static String of(Path file) {
        try {
            return of(Files.readAttributes(file, BasicFileAttributes.class));
        } catch (IOException e) {
            return MISSING;
        }
    }

    /** The stamp of every regular file under {@code folder}, by relative path with '/'; empty if there is no folder. */
    static SortedMap<String, String> ofFolder(Path folder, int threads) {
        SortedMap<String, String> stamps = new TreeMap<>();
        attributes(folder, threads).forEach((path, attributes) -> stamps.put(path, of(attributes)));
        return stamps;
    }

    /**
     * The attributes of every regular file under {@code folder}, by relative path with '/', each read
     * once; empty if there is no folder. Its top-level entries are walked on {@code threads} threads:
     * a national site's output is hundreds of thousands of files, each a system call to stat.
     */
    static SortedMap<String, BasicFileAttributes> attributes(Path folder, int threads) {
        SortedMap<String, BasicFileAttributes> all = new TreeMap<>();
        if (!Files.isDirectory(folder)) {
            return all;
        }
        List<Path> entries;
        try (Stream<Path> listed = Files.list(folder)) {
            entries = listed.sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
        List<Map<String, BasicFileAttributes>> parts = Parallel.map(threads, entries, entry -> {
            Map<String, BasicFileAttributes> part = new HashMap<>();
            walk(folder, entry, part::put);
            return part;
        });
        parts.forEach(all::putAll);
        return all;
    }

    /** Visits every regular file at or under {@code start}, named by its path relative to {@code root}. */
    private static void walk(Path root, Path start, BiConsumer<String, BasicFileAttributes> visitor) {
        try {
            Files.walkFileTree(start, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    if (attributes.isRegularFile()) {
                        visitor.accept(root.relativize(file).toString().replace('\\', '/'), attributes);
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + start, e);
        }
    }
}
