package org.junheng.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Function;
import org.junheng.OutputTree;

/**
 * Two copies of one site given the same edits: one rebuilt with its build cache, the other with its
 * cache deleted first, so that every rebuild of the first can be compared with a clean build.
 * Each site's output is its {@code _site} folder.
 */
record TwinSites(Path incremental, Path clean, Function<Path, BuildResult> build) {

    /**
     * Edits both sites, builds them, and asserts that the incremental build wrote what the clean one
     * did; returns the incremental build's result.
     */
    BuildResult rebuiltAfter(String what, Consumer<Path> edit) {
        edit.accept(incremental);
        edit.accept(clean);
        BuildResult result = build.apply(incremental);
        OutputFolder.delete(clean.resolve(".junheng-cache"));
        build.apply(clean);
        assertThat(OutputTree.hashes(incremental.resolve("_site"))).as("the output after %s", what)
                .isEqualTo(OutputTree.hashes(clean.resolve("_site")));
        return result;
    }
}
