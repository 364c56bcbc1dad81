package org.junheng.site;

import java.time.Duration;
import java.util.List;
import org.junheng.content.Problem;

/** A finished build: what it wrote, the warnings it found, and how long it took. */
public record BuildResult(int pages, int files, List<Problem> warnings, Duration elapsed) {

    public BuildResult {
        warnings = List.copyOf(warnings);
    }
}
