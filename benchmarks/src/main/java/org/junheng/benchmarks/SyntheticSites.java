package org.junheng.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junheng.site.synthetic.SyntheticSite;

/** Synthetic sites written into temporary folders for the benchmarks, and removed after. */
final class SyntheticSites {

    private SyntheticSites() {
    }

    static Path write(int schools) {
        try {
            Path folder = Files.createTempDirectory("junheng-bench-");
            new SyntheticSite(schools, 1).write(folder.resolve("site"));
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void delete(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
