package org.junheng.cli;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Stops a command whose heap is full of what it still needs and whose time goes to collecting it.
 * The serial collector, which {@code ./junheng} runs the generator with, has no limit of its own on
 * the time it spends collecting: with a heap too small for the site it does not run out of memory
 * soon, as the other collectors do, but collects the full old generation again and again for as
 * long as the build takes. A national site built with {@code -Xmx2g} spent 168 of 228 seconds in
 * 99 full collections before it was stopped by hand, and a CI job would wait hours for it. So a
 * command whose last minute was mostly full collections, each leaving the old generation nearly as
 * full as before, ends as one that ran out of memory does: with the same message and exit code.
 * What it has written is a staging folder the next build clears, as after any killed build.
 */
final class HeapWatch implements AutoCloseable {

    static final long WINDOW_NANOS = TimeUnit.SECONDS.toNanos(60);
    static final long INTERVAL_SECONDS = 2;
    /** Share of the window's time spent collecting; a build in a heap just large enough spends about a third. */
    static final double COLLECTING = 0.6;
    static final int FULL_COLLECTIONS = 5;
    /** Share of the old generation still in use after its last collection. */
    static final double FULL = 0.9;

    /** The collector's state at one moment: time spent collecting, full collections, and how full the old generation was left. */
    record Sample(long nanos, long collectingMillis, long fullCollections, double oldGenerationLeft) {
    }

    private final List<Sample> window = new ArrayList<>();
    private final Supplier<Optional<Sample>> probe;
    private final Runnable stop;
    private final ScheduledExecutorService timer;

    private HeapWatch(Supplier<Optional<Sample>> probe, Runnable stop, ScheduledExecutorService timer) {
        this.probe = probe;
        this.stop = stop;
        this.timer = timer;
    }

    /** Watches this JVM until closed, if it runs the serial collector; {@code stop} is run once if the heap is exhausted. */
    static HeapWatch start(Runnable stop) {
        Optional<SerialCollector> collector = SerialCollector.find();
        if (collector.isEmpty()) {
            return new HeapWatch(Optional::empty, stop, null);
        }
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "junheng-heap-watch");
            thread.setDaemon(true);
            return thread;
        });
        HeapWatch watch = new HeapWatch(collector.get()::sample, stop, timer);
        timer.scheduleAtFixedRate(watch::check, INTERVAL_SECONDS, INTERVAL_SECONDS, TimeUnit.SECONDS);
        return watch;
    }

    /** A watch fed by {@code probe} rather than by this JVM's collector, checked only when told: for tests. */
    static HeapWatch of(Supplier<Optional<Sample>> probe, Runnable stop) {
        return new HeapWatch(probe, stop, null);
    }

    /** Takes a sample and runs {@code stop} if the last window says the heap is exhausted. */
    void check() {
        Optional<Sample> sample = probe.get();
        if (sample.isEmpty()) {
            return;
        }
        window.add(sample.get());
        // the oldest sample kept is the newest that is at least a window old
        while (window.size() > 2 && sample.get().nanos() - window.get(1).nanos() >= WINDOW_NANOS) {
            window.remove(0);
        }
        if (exhausted(window)) {
            window.clear();
            stop.run();
        }
    }

    /**
     * True if the samples span the whole window, the collector took most of its time, with several
     * full collections, and the last of them left the old generation nearly full.
     */
    static boolean exhausted(List<Sample> samples) {
        if (samples.size() < 2) {
            return false;
        }
        Sample first = samples.get(0);
        Sample last = samples.get(samples.size() - 1);
        long elapsedNanos = last.nanos() - first.nanos();
        if (elapsedNanos < WINDOW_NANOS) {
            return false;
        }
        double collecting = TimeUnit.MILLISECONDS.toNanos(last.collectingMillis() - first.collectingMillis())
                / (double) elapsedNanos;
        return collecting >= COLLECTING && last.fullCollections() - first.fullCollections() >= FULL_COLLECTIONS
                && last.oldGenerationLeft() >= FULL;
    }

    @Override
    public void close() {
        if (timer != null) {
            timer.shutdownNow();
        }
    }

    /** The serial collector's beans: its old generation and the collector that empties it. */
    private record SerialCollector(MemoryPoolMXBean oldGeneration, List<GarbageCollectorMXBean> collectors,
                                   GarbageCollectorMXBean full) {

        static Optional<SerialCollector> find() {
            Optional<MemoryPoolMXBean> tenured = ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(pool -> pool.getName().equals("Tenured Gen")).findFirst();
            List<GarbageCollectorMXBean> collectors = ManagementFactory.getGarbageCollectorMXBeans();
            Optional<GarbageCollectorMXBean> full = collectors.stream()
                    .filter(c -> Arrays.asList(c.getMemoryPoolNames()).contains("Tenured Gen")).findFirst();
            if (tenured.isEmpty() || full.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new SerialCollector(tenured.get(), collectors, full.get()));
        }

        Optional<Sample> sample() {
            MemoryUsage left = oldGeneration.getCollectionUsage();
            if (left == null || left.getMax() <= 0) {
                return Optional.empty();
            }
            long collecting = collectors.stream().mapToLong(GarbageCollectorMXBean::getCollectionTime).sum();
            return Optional.of(new Sample(System.nanoTime(), collecting, full.getCollectionCount(),
                    left.getUsed() / (double) left.getMax()));
        }
    }
}
