package org.junheng.site;

import java.nio.file.Path;
import java.util.Optional;

/** What to build: the site folder, where the output goes, an optional base-URL override and the worker count. */
public record BuildOptions(Path site, Path out, Optional<String> baseUrl, int threads) {

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
