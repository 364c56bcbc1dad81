package org.junheng.site;

import java.time.Duration;
import java.util.List;
import org.junheng.content.Problem;

/**
 * A finished build: the pages the site has, how many of them were rendered (the others were
 * unchanged and carried over from the previous output), the files written with new or changed
 * bytes, the warnings it found, and how long it took.
 */
public record BuildResult(int pages, int rendered, int files, List<Problem> warnings, Duration elapsed) {

    public BuildResult {
        warnings = List.copyOf(warnings);
    }
}
