package org.junheng.site;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junheng.files.WholeFile;

/**
 * How large the heap of a site's last published build grew, in megabytes, kept in
 * {@code .junheng-cache/heap} for {@code ./junheng} to start the next build's heap there. A heap kept
 * tight grows a tenth at a time, with a full collection at each step: a one-school rebuild at 50,000
 * schools made 28–33 of them, and started at the size it would reach it took 66.6–79.4 s against
 * 75.9–89.2 s and peaked at 1.45 GiB against 1.51–1.58 (docs/performance.md).
 */
final class HeapHint {

    private static final String FILE = "heap";

    private HeapHint() {
    }

    /**
     * Keeps the heap this build reached in the cache of {@code site}, if it ran with the serial collector
     * {@code ./junheng} starts it with: another collector's heap (G1 takes several times as much) says
     * nothing of the next build's. A hint that cannot be written is only no hint.
     */
    static void record(Path site) {
        record(site, ManagementFactory.getRuntimeMXBean().getInputArguments(), peakCommittedHeap());
    }

    /** As above, for a JVM started with {@code arguments} whose heap grew to {@code peakBytes}. */
    static void record(Path site, List<String> arguments, long peakBytes) {
        if (!arguments.contains("-XX:+UseSerialGC")) {
            return;
        }
        long megabytes = (peakBytes + (1 << 20) - 1) >> 20;
        try {
            WholeFile.replace(BuildCache.in(site, FILE),
                    (megabytes + "\n").getBytes(StandardCharsets.US_ASCII));
        } catch (IOException e) {
            // the next build starts its heap small, as the first did
        }
    }

    /** The heap's size at its largest so far: each heap pool's largest, added together. */
    static long peakCommittedHeap() {
        long bytes = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                bytes += pool.getPeakUsage().getCommitted();
            }
        }
        return bytes;
    }
}
