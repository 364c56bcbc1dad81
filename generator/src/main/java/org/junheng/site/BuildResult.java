package org.junheng.site;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junheng.content.Problem;

/**
 * A finished build: the pages the site has, how many of them were rendered (the others were
 * unchanged and carried over from the previous output), the files written with new or changed
 * bytes, the warnings it found, how long it took, how long each of its stages took, and how many
 * pages had the inputs they had last time, and so were carried over without their models being
 * made (or, when the build verifies its cache, with them made only to check), and the school years
 * whose open-data tables had the inputs they had last time, and so were taken from the build cache.
 */
public record BuildResult(int pages, int rendered, int files, List<Problem> warnings, Duration elapsed,
                          List<Phase> phases, int fromInputs, List<Integer> yearsCarried) {

    public BuildResult(int pages, int rendered, int files, List<Problem> warnings, Duration elapsed,
                       List<Phase> phases) {
        this(pages, rendered, files, warnings, elapsed, phases, 0, List.of());
    }

    public BuildResult {
        warnings = List.copyOf(warnings);
        phases = List.copyOf(phases);
        yearsCarried = List.copyOf(yearsCarried);
    }

    /**
     * One stage of the build (such as loading and checking, rendering, the output scan), its wall
     * time and, where the system tells, the CPU time the whole process spent meanwhile: every
     * thread's, the JIT compiler's and the garbage collector's included, so that a stage whose CPU
     * time is well under twice its wall time on two cores left one of them idle.
     */
    public record Phase(BuildStage stage, Duration elapsed, Optional<Duration> cpu) {
    }
}
