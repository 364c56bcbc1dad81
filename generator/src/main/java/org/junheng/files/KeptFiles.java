package org.junheng.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Stream;

/** Lets go of what a folder of the build cache keeps for keys no longer in use. */
public final class KeptFiles {

    private KeptFiles() {
    }

    /**
     * Deletes every file of {@code folder} whose name is not in {@code names}, among them any a build
     * left half-written; a folder that is not there has nothing to delete.
     */
    public static void keepOnly(Path folder, Set<String> names) {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                if (!names.contains(file.getFileName().toString())) {
                    Files.deleteIfExists(file);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prune " + folder, e);
        }
    }
}
