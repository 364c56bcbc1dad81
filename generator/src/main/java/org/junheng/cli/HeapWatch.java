package org.junheng.cli;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import com.sun.management.GcInfo;

/**
 * Stops a command whose heap is full of what it still needs and whose time goes to collecting it.
 * The serial collector, which {@code ./junheng} runs the generator with, has no limit of its own on
 * the time it spends collecting: with a heap too small for the site it does not run out of memory
 * soon, but collects the whole heap every two seconds or so, each time freeing a little less, for
 * minutes on end. So a command whose last minute was mostly full collections, the last of which
 * left the heap nearly full, ends as one that ran out of memory does: with the same message and
 * exit code. What it has written is a staging folder the next build clears, as after any killed
 * build. A heap that is tight but large enough is left alone: a 10,000-school build with
 * {@code -Xmx350m} made 113 full collections, spent at most half of any minute collecting, left
 * at least a fifth of the heap free after each, and finished (docs/performance.md).
 */
final class HeapWatch implements AutoCloseable {

    static final long WINDOW_NANOS = TimeUnit.SECONDS.toNanos(60);
    static final long INTERVAL_SECONDS = 2;
    /** Share of the window's time spent collecting. */
    static final double COLLECTING = 0.8;
    static final int FULL_COLLECTIONS = 5;
    /** Share of the heap still in use after the last full collection. */
    static final double FULL = 0.95;

    /** The collector's state at one moment: time spent collecting, full collections, and how full the last one left the heap. */
    record Sample(long nanos, long collectingMillis, long fullCollections, double heapLeft) {
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
     * full collections, and the last of them left the heap nearly full.
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
                && last.heapLeft() >= FULL;
    }

    @Override
    public void close() {
        if (timer != null) {
            timer.shutdownNow();
        }
    }

    /** The serial collector's bean for its full collections, which empty the whole heap. */
    private record SerialCollector(List<GarbageCollectorMXBean> collectors,
                                   com.sun.management.GarbageCollectorMXBean full, Set<String> heap) {

        static Optional<SerialCollector> find() {
            List<GarbageCollectorMXBean> collectors = ManagementFactory.getGarbageCollectorMXBeans();
            return collectors.stream()
                    .filter(c -> Arrays.asList(c.getMemoryPoolNames()).contains("Tenured Gen"))
                    .filter(c -> c instanceof com.sun.management.GarbageCollectorMXBean).findFirst()
                    .map(c -> new SerialCollector(collectors, (com.sun.management.GarbageCollectorMXBean) c,
                            Set.of(c.getMemoryPoolNames())));
        }

        Optional<Sample> sample() {
            GcInfo last = full.getLastGcInfo();
            long collecting = collectors.stream().mapToLong(GarbageCollectorMXBean::getCollectionTime).sum();
            long left = 0;
            if (last != null) {
                for (Map.Entry<String, MemoryUsage> pool : last.getMemoryUsageAfterGc().entrySet()) {
                    left += heap.contains(pool.getKey()) ? pool.getValue().getUsed() : 0;
                }
            }
            return Optional.of(new Sample(System.nanoTime(), collecting, full.getCollectionCount(),
                    left / (double) Runtime.getRuntime().maxMemory()));
        }
    }
}
