package org.junheng.check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.NavigableSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The files and folders of a built site, listed once, so that checking a link costs a lookup
 * rather than a call to the file system. A path not listed (spelt another way, such as with a
 * doubled slash) is asked of the file system, so the answers are the file system's.
 */
final class OutputTree {

    private final Path root;
    private final NavigableSet<String> files;
    private final Predicate<String> isFolder;

    private OutputTree(Path root, NavigableSet<String> files, Predicate<String> isFolder) {
        this.root = root;
        this.files = files;
        this.isFolder = isFolder;
    }

    static OutputTree of(Path root) {
        NavigableSet<String> files = new TreeSet<>();
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
        return new OutputTree(root, files, directories::contains);
    }

    /**
     * The tree of the files at {@code files} (site-relative, with '/', in their natural order) under
     * {@code root}, listed already: its folders are theirs, so a folder with no file at any depth is
     * not in it. The set is used as it is: a rebuild of 50,000 schools copied 373,000 paths into sets
     * of files and of folders, to look up the links of a few pages.
     */
    static OutputTree of(Path root, NavigableSet<String> files) {
        return new OutputTree(root, files, folder -> {
            String prefix = folder + "/";
            String first = files.ceiling(prefix); // the paths in the folder sort together, from its name and '/'
            return folder.isEmpty() || first != null && first.startsWith(prefix);
        });
    }

    /**
     * The site-relative paths of the files whose name ends with {@code extension} (any case) and that
     * are {@code wanted}, sorted.
     */
    List<String> files(String extension, Predicate<String> wanted) {
        return files.stream().filter(path -> hasExtension(path, extension) && wanted.test(path)).toList();
    }

    /** Whether {@code path} ends with {@code extension}, in any case, without a lower-case copy of it. */
    static boolean hasExtension(String path, String extension) {
        return path.regionMatches(true, path.length() - extension.length(), extension, 0, extension.length());
    }

    /** What a path in the site is. */
    enum Kind {
        FILE, FOLDER, MISSING
    }

    /**
     * What the site-relative {@code path} ("" for the root, a folder with or without its final
     * slash) is, in one lookup for a file and two for a folder: asked whether it exists and then
     * whether it is a folder, every link of every page took three or four, each a walk down a
     * sorted set of tens of thousands of paths.
     */
    Kind kind(String path) {
        String key = withoutFinalSlash(path);
        if (files.contains(key)) {
            return Kind.FILE;
        }
        if (isFolder.test(key)) {
            return Kind.FOLDER;
        }
        Path onDisk = root.resolve(path);
        return Files.isDirectory(onDisk) ? Kind.FOLDER : Files.exists(onDisk) ? Kind.FILE : Kind.MISSING;
    }

    private static String withoutFinalSlash(String path) {
        return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }
}
