package org.junheng.files;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
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
        replace(target, out -> out.write(bytes));
    }

    /**
     * Makes {@code target}'s folder if it is missing and replaces {@code target} with what {@code writing}
     * writes: a file too large to hold as one array (a national site's manifest, about 300 MB at 200,000
     * schools) is written as it is made.
     */
    public static void replace(Path target, Writing writing) throws IOException {
        Files.createDirectories(target.getParent());
        Path temporary = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temporary), 1 << 16)) {
                writing.to(out);
            }
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary); // gone already once moved
        }
    }

    /** Writes a file's bytes to a stream. */
    @FunctionalInterface
    public interface Writing {
        void to(OutputStream out) throws IOException;
    }
}
