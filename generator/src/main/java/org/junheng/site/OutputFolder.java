package org.junheng.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A build is written into a fresh folder beside the output and swapped in only when it is
 * complete, so a failed or killed build never leaves a half-written site where the old one was.
 */
final class OutputFolder {

    private final Path out;

    OutputFolder(Path out, Path site) {
        this.out = out;
        if (site.startsWith(out)) {
            throw new IllegalArgumentException("the output folder " + out + " contains the site itself; choose another --out");
        }
        for (String input : new String[] {"content", "templates", "assets"}) {
            if (out.startsWith(site.resolve(input))) {
                throw new IllegalArgumentException("the output folder " + out + " is inside the site's " + input + "/");
            }
        }
    }

    Path newStaging() {
        try {
            Path parent = out.getParent();
            Files.createDirectories(parent);
            return Files.createTempDirectory(parent, "." + out.getFileName() + ".building-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a folder beside " + out, e);
        }
    }

    /** Replaces the output with the staged build: two renames on one file system, the old copy deleted after. */
    void publish(Path staging) {
        try {
            Path previous = null;
            if (Files.exists(out)) {
                previous = Files.createTempDirectory(out.getParent(), "." + out.getFileName() + ".previous-");
                Files.delete(previous);
                move(out, previous);
            }
            move(staging, out);
            if (previous != null) {
                delete(previous);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot put the new build in place at " + out, e);
        }
    }

    static void delete(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + folder, e);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }
}
