package org.junheng.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HeapHintTest {

    @TempDir
    Path site;

    @Test
    void aBuildOnTheSerialCollectorKeepsTheHeapItReachedInWholeMegabytesRoundedUp() throws IOException {
        HeapHint.record(site, List.of("-XX:+UseSerialGC", "-Xms200m"), 300L * 1024 * 1024 + 1);

        assertThat(Files.readString(site.resolve(".junheng-cache/heap"))).isEqualTo("301\n");
    }

    @Test
    void aBuildOnAnotherCollectorLeavesTheHintOfTheLastSerialOneAsItWas() throws IOException {
        HeapHint.record(site, List.of("-XX:+UseSerialGC"), 250L * 1024 * 1024);

        HeapHint.record(site, List.of("-XX:+UseG1GC"), 2700L * 1024 * 1024);

        assertThat(Files.readString(site.resolve(".junheng-cache/heap"))).isEqualTo("250\n");
    }

    @Test
    void theHeapsLargestSizeIsAtLeastWhatItHoldsNow() {
        Runtime runtime = Runtime.getRuntime();

        assertThat(HeapHint.peakCommittedHeap()).isGreaterThanOrEqualTo(runtime.totalMemory() - runtime.freeMemory());
    }
}
