package org.junheng.check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The files and folders of a built site, listed once, so that checking a link costs a lookup
 * rather than a call to the file system. A path not listed (spelt another way, such as with a
 * doubled slash) is asked of the file system, so the answers are the file system's.
 */
final class OutputTree {

    private final Path root;
    private final Set<String> files;
    private final Set<String> directories;

    private OutputTree(Path root, Set<String> files, Set<String> directories) {
        this.root = root;
        this.files = files;
        this.directories = directories;
    }

    static OutputTree of(Path root) {
        Set<String> files = new HashSet<>();
        Set<String> directories = new HashSet<>();
        try (Stream<Path> walk = Files.find(root, Integer.MAX_VALUE, (path, attributes) -> {
            String relative = root.relativize(path).toString().replace('\\', '/');
            (attributes.isDirectory() ? directories : files).add(relative);
            return false;
        })) {
            walk.forEach(path -> { });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new OutputTree(root, files, directories);
    }

    /**
     * The tree of the files at {@code files} (site-relative, with '/') under {@code root}, listed
     * already: its folders are theirs, so a folder with no file at any depth is not in it.
     */
    static OutputTree of(Path root, Collection<String> files) {
        Set<String> directories = new HashSet<>();
        directories.add("");
        for (String file : files) {
            int slash = file.lastIndexOf('/');
            // once a folder is in, so are the folders it is in
            while (slash > 0 && directories.add(file.substring(0, slash))) {
                slash = file.lastIndexOf('/', slash - 1);
            }
        }
        return new OutputTree(root, new HashSet<>(files), directories);
    }

    /**
     * The site-relative paths of the files whose name ends with {@code extension} (any case) and that
     * are {@code wanted}, sorted. Filtered before they are sorted, and without a lower-case copy of
     * each path: a rebuild of 50,000 schools asks this of 373,000 files three times, to scan a few.
     */
    List<String> files(String extension, Predicate<String> wanted) {
        return files.stream().filter(path -> path.regionMatches(true, path.length() - extension.length(), extension, 0,
                extension.length()) && wanted.test(path)).sorted().toList();
    }

    /** Whether every file of this tree is also a file of {@code other}. */
    boolean filesAllIn(OutputTree other) {
        return other.files.containsAll(files);
    }

    /** Whether the site-relative {@code path} ("" for the root, a folder with or without its final slash) exists. */
    boolean exists(String path) {
        String key = withoutFinalSlash(path);
        return files.contains(key) || directories.contains(key) || Files.exists(root.resolve(path));
    }

    boolean isDirectory(String path) {
        String key = withoutFinalSlash(path);
        return directories.contains(key) || !files.contains(key) && Files.isDirectory(root.resolve(path));
    }

    private static String withoutFinalSlash(String path) {
        return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }
}
