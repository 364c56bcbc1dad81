package org.junheng.files;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Replaces a file of the build cache whole: written under a temporary name beside it, then renamed
 * over it, so that a build that dies midway leaves the old file or the new one, never half of one,
 * and a build reading it meanwhile reads one or the other.
 */
public final class WholeFile {

    private WholeFile() {
    }

    /** Makes {@code target}'s folder if it is missing and replaces {@code target} with {@code bytes}. */
    public static void replace(Path target, byte[] bytes) throws IOException {
        Files.createDirectories(target.getParent());
        Path temporary = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
        try {
            Files.write(temporary, bytes);
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary); // gone already once moved
        }
    }
}
