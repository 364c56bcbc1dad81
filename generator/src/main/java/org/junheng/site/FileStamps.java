package org.junheng.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

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
    static SortedMap<String, String> ofFolder(Path folder) {
        SortedMap<String, String> stamps = new TreeMap<>();
        if (Files.isDirectory(folder)) {
            walk(folder, (path, attributes) -> stamps.put(path, of(attributes)));
        }
        return stamps;
    }

    /** What a walk is told of each regular file: its relative path with '/' and its attributes. */
    interface FileVisitor {
        void visit(String path, BasicFileAttributes attributes);
    }

    /** Visits every regular file under {@code folder}, reading each file's attributes once. */
    static void walk(Path folder, FileVisitor visitor) {
        try {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    if (attributes.isRegularFile()) {
                        visitor.visit(folder.relativize(file).toString().replace('\\', '/'), attributes);
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
    }
}
