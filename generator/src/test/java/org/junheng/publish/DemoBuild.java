package org.junheng.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;
import org.junheng.render.SiteRenderer;
import org.junheng.site.BuildOptions;
import org.junheng.site.SiteBuilder;

/** The demo county built once for all the open-data tests that only read its output. */
public final class DemoBuild {

    public static final Path DEMO = Path.of("..").toAbsolutePath().normalize();
    private static Path output;

    private DemoBuild() {
    }

    public static synchronized Path output() {
        if (output == null) {
            try {
                Path folder = Files.createTempDirectory("junheng-demo-open-data");
                Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(folder)));
                Path out = folder.resolve("_site");
                new SiteBuilder().build(new BuildOptions(DEMO, out, Optional.empty(), 2),
                        SiteRenderer.ProgressListener.SILENT);
                output = out;
            } catch (Exception e) {
                throw new IllegalStateException("the demo county did not build", e);
            }
        }
        return output;
    }

    public static Path data() {
        return output().resolve("data");
    }

    private static void delete(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
