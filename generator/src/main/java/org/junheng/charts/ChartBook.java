package org.junheng.charts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junheng.files.KeptPerThread;
import org.junheng.files.ParentFolders;
import org.junheng.files.Sha256;
import org.junheng.files.Utf8Buffer;

/**
 * Draws charts, reusing the SVG of any chart whose spec has not changed since
 * a previous build (kept in a cache folder, keyed by a hash of the spec and of the code that drew
 * it). The cache can only ever return what drawing the same spec would return.
 *
 * <p>The charts drawn by one code are kept in a folder of their own, a generation, so that those of
 * code no build uses any more can be let go of at once: every change of the generator draws a whole
 * new set (about 750 MB at 10,000 schools), and kept for a month as single unused charts, a few
 * upgrades or a day of work on the generator took gigabytes.
 */
public final class ChartBook {

    /**
     * Where drawn charts are kept between builds, and a digest of the code that draws them: a chart
     * cached by other code (another version of the generator, or a build of it with any change) is
     * drawn again, so no one has to remember to mark a change to drawing.
     */
    public record Cache(Path folder, String drawnBy) {

        /** The folder of the charts this code draws. */
        Path generation() {
            return folder.resolve(generationName(drawnBy));
        }
    }

    /** How long a chart no build has drawn or taken stays in the cache. */
    static final Duration KEEP_UNUSED = Duration.ofDays(30);
    private static final Duration PRUNE_EVERY = Duration.ofDays(1);
    private static final Duration MARK_EVERY = Duration.ofDays(1);
    private static final String PRUNED_MARKER = ".pruned";
    /** Dated by each build that uses the generation it is in. */
    private static final String USED_MARKER = ".used";
    /** Each thread's buffers for the charts it stores, kept from one chart to the next. */
    private static final KeptPerThread<Utf8Buffer> UTF8 = new KeptPerThread<>(Utf8Buffer::new, Utf8Buffer::capacity,
            1 << 20);

    private final Optional<Cache> cache;
    private final SvgChartRenderer renderer = new SvgChartRenderer();
    private final AtomicInteger drawn = new AtomicInteger();

    public ChartBook(Optional<Cache> cache) {
        this.cache = cache;
    }

    /** How many charts this book actually drew, rather than took from the cache. */
    public int drawn() {
        return drawn.get();
    }

    /**
     * Draws one chart, or takes it from the cache; safe to call from many threads. The caller gives a
     * digest of everything {@code spec} holds: the page cache digests each page's charts anyway, and
     * printing each spec to key it here took 1.5 % of a cold build.
     */
    public Chart draw(ChartSpec spec, byte[] specDigest) {
        Optional<Path> file = cache.map(kept -> kept.generation().resolve(key(kept.drawnBy(), specDigest) + ".svg"));
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
        try {
            Utf8Buffer utf8 = UTF8.get();
            ByteBuffer bytes = utf8.encoded(svg);
            UTF8.keep(utf8);
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
     * Keeps the cache {@code kept} from growing without end, after a build by its code. Of the
     * generations of other code it keeps only the one used last, if a build used it within
     * {@link #KEEP_UNUSED} (so that going back to the last version draws nothing again), and it
     * deletes charts kept in the layout before generations, which no build reads. In this code's
     * generation it deletes the charts no build has drawn or taken for {@link #KEEP_UNUSED}, and
     * temporary files a killed build left behind, at most once a day, so that a rebuild seldom pays
     * for listing tens of thousands of entries: every change of a chart's data adds an entry. A chart
     * pruned too early is only drawn again. Pruning is housekeeping: if it fails, the build has still
     * succeeded.
     */
    public static void prune(Cache kept, Instant now) {
        Path cache = kept.folder();
        Path generation = kept.generation();
        try {
            markGenerationUsed(generation, now);
            pruneOtherCode(cache, generation, now);
            Path marker = cache.resolve(PRUNED_MARKER);
            if (Files.exists(marker) && Files.getLastModifiedTime(marker).toInstant().isAfter(now.minus(PRUNE_EVERY))) {
                return;
            }
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(generation)) {
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
        } catch (IOException | UncheckedIOException e) {
            // no cache yet, or one that cannot be pruned now: tried again by a later build
        }
    }

    /** Deletes the generations of other code but the one used last, if it was used within {@link #KEEP_UNUSED}, and loose charts. */
    private static void pruneOtherCode(Path cache, Path kept, Instant now) throws IOException {
        List<Path> others = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(cache)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
                    if (!entry.equals(kept)) {
                        others.add(entry);
                    }
                } else if (name.endsWith(".svg") || name.endsWith(".tmp")) {
                    Files.deleteIfExists(entry);
                }
            }
        }
        others.sort(Comparator.comparing(ChartBook::lastUsed).reversed().thenComparing(Comparator.naturalOrder()));
        for (int i = 0; i < others.size(); i++) {
            if (i > 0 || lastUsed(others.get(i)).isBefore(now.minus(KEEP_UNUSED))) {
                deleteTree(others.get(i));
            }
        }
    }

    /** When a build last used the generation {@code folder}: the date of its marker, or long ago if it has none. */
    private static Instant lastUsed(Path folder) {
        try {
            return Files.getLastModifiedTime(folder.resolve(USED_MARKER)).toInstant();
        } catch (IOException e) {
            return Instant.EPOCH;
        }
    }

    private static void markGenerationUsed(Path generation, Instant now) throws IOException {
        Path marker = generation.resolve(USED_MARKER);
        ParentFolders.write(marker, new byte[0]);
        Files.setLastModifiedTime(marker, FileTime.from(now));
    }

    private static void deleteTree(Path folder) throws IOException {
        try (Stream<Path> inside = Files.walk(folder)) {
            for (Path path : inside.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    /** The folder name of the generation of the code digested as {@code drawnBy}: short, and a valid name whatever that is. */
    static String generationName(String drawnBy) {
        byte[] digest = Sha256.digest().digest(drawnBy.getBytes(StandardCharsets.UTF_8));
        return "g-" + HexFormat.of().formatHex(digest, 0, 8);
    }

    private static String key(String drawnBy, byte[] spec) {
        MessageDigest sha = Sha256.digest();
        sha.update((drawnBy + "\n").getBytes(StandardCharsets.UTF_8));
        sha.update(spec);
        return HexFormat.of().formatHex(sha.digest());
    }
}
