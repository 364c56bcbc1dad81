package org.junheng.site;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** Times the stages of one build, in the order they ran, for {@code junheng build --timings}. */
final class BuildPhases {

    private final List<BuildResult.Phase> phases = new ArrayList<>();

    /** When a stage started: the wall clock (from {@link System#nanoTime()}) and the process's CPU time, if known. */
    record Start(long nanos, Optional<Duration> cpu) {
    }

    /** Runs one stage and records how long it took. */
    <T> T time(BuildStage name, Supplier<T> stage) {
        Start started = start();
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

    static Start start() {
        return new Start(System.nanoTime(), processCpu());
    }

    /** Records a stage that started at {@code started} and has just ended. */
    void record(BuildStage name, Start started) {
        Duration elapsed = Duration.ofNanos(System.nanoTime() - started.nanos());
        Optional<Duration> cpu = started.cpu().flatMap(before -> processCpu().map(now -> now.minus(before)));
        phases.add(new BuildResult.Phase(name, elapsed, cpu));
    }

    List<BuildResult.Phase> phases() {
        return List.copyOf(phases);
    }

    private static Optional<Duration> processCpu() {
        return ProcessHandle.current().info().totalCpuDuration();
    }
}
