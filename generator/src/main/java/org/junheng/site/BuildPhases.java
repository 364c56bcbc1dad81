package org.junheng.site;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** Times the stages of one build, in the order they ran, for {@code junheng build --timings}. */
final class BuildPhases {

    private final List<BuildResult.Phase> phases = new ArrayList<>();

    /** Runs one stage and records how long it took. */
    <T> T time(BuildStage name, Supplier<T> stage) {
        long started = System.nanoTime();
        try {
            return stage.get();
        } finally {
            record(name, started);
        }
    }

    void time(BuildStage name, Runnable stage) {
        time(name, () -> {
            stage.run();
            return null;
        });
    }

    /** Records a stage that started at {@code startedNanos} (from {@link System#nanoTime()}) and has just ended. */
    void record(BuildStage name, long startedNanos) {
        phases.add(new BuildResult.Phase(name, Duration.ofNanos(System.nanoTime() - startedNanos)));
    }

    List<BuildResult.Phase> phases() {
        return List.copyOf(phases);
    }
}
