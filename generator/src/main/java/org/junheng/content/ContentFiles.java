package org.junheng.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Finding content files: sorted, skipping names that start with {@code .} or {@code _}, and the
 * {@code ~$} lock files Excel and WPS leave beside a workbook while it is open.
 */
public final class ContentFiles {

    private ContentFiles() {
    }

    /** Files under {@code folder} (recursively) whose names end with one of the extensions, in path order. */
    public static List<Path> find(Path folder, String... extensions) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            return paths.filter(Files::isRegularFile)
                    .filter(path -> !hidden(folder, path))
                    .filter(path -> hasExtension(path, extensions))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String relative(Path root, Path path) {
        return root.toAbsolutePath().normalize().relativize(path.toAbsolutePath().normalize()).toString()
                .replace('\\', '/');
    }

    private static boolean hidden(Path folder, Path path) {
        for (Path part : folder.relativize(path)) {
            String name = part.toString();
            if (name.startsWith(".") || name.startsWith("_") || name.startsWith("~$")) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasExtension(Path path, String... extensions) {
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        for (String extension : extensions) {
            if (name.endsWith("." + extension)) {
                return true;
            }
        }
        return false;
    }
}
