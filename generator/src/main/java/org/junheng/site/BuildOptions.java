package org.junheng.site;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;

/**
 * What to build: the site folder, where the output goes, an optional base-URL override, the
 * worker count, and the build date (which notice periods are open and which projects are
 * overdue). Without a build date the date of the newest content item is used, never the clock.
 * {@code verifyCache} makes the model of every page, even of those whose inputs are unchanged, and
 * stops the build if one of them differs from the model the last build made from the same inputs.
 */
public record BuildOptions(Path site, Path out, Optional<String> baseUrl, int threads, Optional<LocalDate> buildDate,
                           boolean verifyCache) {

    public BuildOptions(Path site, Path out, Optional<String> baseUrl, int threads, Optional<LocalDate> buildDate) {
        this(site, out, baseUrl, threads, buildDate, false);
    }

    public BuildOptions(Path site, Path out, Optional<String> baseUrl, int threads) {
        this(site, out, baseUrl, threads, Optional.empty());
    }

    public BuildOptions {
        site = site.toAbsolutePath().normalize();
        out = out.toAbsolutePath().normalize();
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1");
        }
    }

    public static BuildOptions of(Path site, Path out) {
        return new BuildOptions(site, out, Optional.empty(), Runtime.getRuntime().availableProcessors());
    }
}
