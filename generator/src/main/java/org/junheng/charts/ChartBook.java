package org.junheng.charts;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import org.junheng.files.ParentFolders;
import org.junheng.files.Sha256;

/**
 * Draws many charts in parallel, reusing the SVG of any chart whose spec has not changed since
 * a previous build (kept in a cache folder, keyed by a hash of the spec and of the code that drew
 * it). The cache can only ever return what drawing the same spec would return.
 */
public final class ChartBook {

    /**
     * Where drawn charts are kept between builds, and a digest of the code that draws them: a chart
     * cached by other code (another version of the generator, or a build of it with any change) is
     * drawn again, so no one has to remember to mark a change to drawing.
     */
    public record Cache(Path folder, String drawnBy) {
    }

    /** How long a chart no build has drawn or taken stays in the cache. */
    static final Duration KEEP_UNUSED = Duration.ofDays(30);
    private static final Duration PRUNE_EVERY = Duration.ofDays(1);
    private static final Duration MARK_EVERY = Duration.ofDays(1);
    private static final String PRUNED_MARKER = ".pruned";

    private final Optional<Cache> cache;
    private final int threads;
    private final SvgChartRenderer renderer = new SvgChartRenderer();
    private final AtomicInteger drawn = new AtomicInteger();

    public ChartBook(Optional<Cache> cache, int threads) {
        this.cache = cache;
        this.threads = threads;
    }

    /** The charts in the order of their specs. */
    public List<Chart> draw(List<ChartSpec> specs) {
        ForkJoinPool pool = new ForkJoinPool(threads);
        try {
            return pool.submit(() -> specs.parallelStream().map(this::draw).toList()).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("drawing charts was interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdown();
        }
    }

    /** How many charts this book actually drew, rather than took from the cache. */
    public int drawn() {
        return drawn.get();
    }

    /** Draws one chart, or takes it from the cache; safe to call from many threads. */
    public Chart draw(ChartSpec spec) {
        Optional<Path> file = cache.map(kept -> kept.folder().resolve(key(kept.drawnBy(), spec) + ".svg"));
        if (file.isPresent()) {
            try {
                String svg = Files.readString(file.get(), StandardCharsets.UTF_8);
                markUsed(file.get());
                return new Chart(spec.id(), spec.title(), spec.description(), svg, spec.table());
            } catch (IOException e) {
                // not in the cache, or unreadable there: drawn again
            }
        }
        drawn.incrementAndGet();
        Chart chart;
        if (spec instanceof BarChartSpec bars) {
            chart = renderer.draw(bars);
        } else if (spec instanceof GroupedBarChartSpec groups) {
            chart = renderer.draw(groups);
        } else {
            chart = renderer.draw((LineChartSpec) spec);
        }
        file.ifPresent(path -> store(path, chart.svg()));
        return chart;
    }

    /**
     * Writes the chart beside its final name, then renames it into place, so that a build killed
     * midway never leaves a half-written entry. The temporary name is unique to this process and
     * thread, so the file is created and written in one open; {@code Files.createTempFile} and a
     * write open it twice, which took twice as long for 48,000 charts on two threads (4.5 s against 2.4 s).
     */
    private static void store(Path file, String svg) {
        Path temporary = file.resolveSibling(file.getFileName() + "." + ProcessHandle.current().pid() + "-"
                + Thread.currentThread().getId() + ".tmp");
        ByteBuffer bytes = ByteBuffer.wrap(svg.getBytes(StandardCharsets.UTF_8));
        try {
            ParentFolders.creating(temporary, () -> ParentFolders.writeAll(temporary, bytes,
                    StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE));
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // the cache is an optimisation: failing to store only costs a redraw next time
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException ignored) {
                // a leftover temporary file is never read as a chart
            }
        }
    }

    /**
     * Dates an entry taken from the cache to now, if it was last written or taken over a day ago: its
     * age then says how long no build has used it (see {@link #prune}).
     */
    private static void markUsed(Path file) throws IOException {
        FileTime now = FileTime.from(Instant.now());
        if (Files.getLastModifiedTime(file).toInstant().isBefore(now.toInstant().minus(MARK_EVERY))) {
            Files.setLastModifiedTime(file, now);
        }
    }

    /**
     * Deletes from the cache folder {@code cache} the charts no build has drawn or taken for
     * {@link #KEEP_UNUSED}, and temporary files a killed build left behind; at most once a day, so
     * that a rebuild seldom pays for listing tens of thousands of entries. Without it the cache only
     * grows: every change of a chart's data adds an entry, and every change of the generator a whole
     * new set (about 750 MB at 10,000 schools). A chart pruned too early is only drawn again. Pruning
     * is housekeeping: if it fails, the build has still succeeded.
     */
    public static void prune(Path cache, Instant now) {
        Path marker = cache.resolve(PRUNED_MARKER);
        try {
            if (Files.exists(marker) && Files.getLastModifiedTime(marker).toInstant().isAfter(now.minus(PRUNE_EVERY))) {
                return;
            }
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(cache)) {
                for (Path entry : entries) {
                    String name = entry.getFileName().toString();
                    Duration unusedFor = name.endsWith(".svg") ? KEEP_UNUSED : name.endsWith(".tmp") ? PRUNE_EVERY : null;
                    if (unusedFor != null && Files.getLastModifiedTime(entry).toInstant().isBefore(now.minus(unusedFor))) {
                        Files.deleteIfExists(entry);
                    }
                }
            }
            Files.write(marker, new byte[0]);
            Files.setLastModifiedTime(marker, FileTime.from(now));
        } catch (IOException e) {
            // no cache yet, or one that cannot be pruned now: tried again by a later build
        }
    }

    static String key(String drawnBy, ChartSpec spec) {
        MessageDigest sha = Sha256.digest();
        sha.update((drawnBy + "\n").getBytes(StandardCharsets.UTF_8));
        sha.update(spec.toString().getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(sha.digest());
    }
}
