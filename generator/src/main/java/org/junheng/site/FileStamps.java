package org.junheng.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
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
        return list(folder, threads).files();
    }

    /**
     * What {@link #list} finds under a folder.
     *
     * @param files        the attributes of every regular file, by relative path with '/'
     * @param emptyFolders the folders with nothing but folders at any depth, each after the folders inside it
     */
    record Listing(SortedMap<String, BasicFileAttributes> files, List<Path> emptyFolders) {
    }

    /** The regular files under {@code folder} and its folders that hold nothing but folders, in one walk. */
    static Listing list(Path folder, int threads) {
        SortedMap<String, BasicFileAttributes> all = new TreeMap<>();
        List<Path> empty = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return new Listing(all, empty);
        }
        List<Path> entries;
        try (Stream<Path> listed = Files.list(folder)) {
            entries = listed.sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
        List<Listing> parts = Parallel.map(threads, entries, entry -> {
            Listing part = new Listing(new TreeMap<>(), new ArrayList<>());
            walk(folder, entry, part);
            return part;
        });
        parts.forEach(part -> {
            all.putAll(part.files());
            empty.addAll(part.emptyFolders());
        });
        return new Listing(all, empty);
    }

    /** Adds every regular file at or under {@code start}, named by its path relative to {@code root}, and the empty folders. */
    private static void walk(Path root, Path start, Listing listing) {
        Deque<int[]> filesInFolders = new ArrayDeque<>();
        try {
            Files.walkFileTree(start, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path folder, BasicFileAttributes attributes) {
                    filesInFolders.push(new int[1]);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    if (attributes.isRegularFile()) {
                        listing.files().put(root.relativize(file).toString().replace('\\', '/'), attributes);
                    }
                    if (!filesInFolders.isEmpty()) {
                        filesInFolders.peek()[0]++; // a link or anything else keeps its folder too
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path folder, IOException e) throws IOException {
                    if (e != null) {
                        throw e;
                    }
                    int files = filesInFolders.pop()[0];
                    if (files == 0) {
                        listing.emptyFolders().add(folder);
                    } else if (!filesInFolders.isEmpty()) {
                        filesInFolders.peek()[0] += files;
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + start, e);
        }
    }
}
