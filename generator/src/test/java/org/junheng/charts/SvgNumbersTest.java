package org.junheng.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SvgNumbersTest {

    @ParameterizedTest
    @CsvSource({
        "228.04110953058319, 228.04",
        "189.0, 189",
        "0.0, 0",
        "-0.001, 0",
        "0.5, 0.5",
        "0.05, 0.05",
        "12.346, 12.35",
        "-3.999, -4",
        "-23.96578947, -23.97",
        "1e7, 10000000",
        "0.099, 0.1",
        "999.994, 999.99",
        "999.996, 1000",
        "1000.25, 1000.25"})
    void geometryIsRoundedToHundredthsWithoutTrailingZeros(double value, String expected) {
        assertThat(SvgNumbers.hundredths(value)).isEqualTo(expected);
        assertThat(SvgNumbers.hundredths(value)).as("written again, or taken as written").isEqualTo(expected);
    }

    @Test
    void aHundredthWrittenOnceIsWrittenTheSameByEveryThread() throws Exception {
        List<Callable<List<String>>> threads = java.util.Collections.nCopies(4, () -> IntStream.range(0, 2_000)
                .mapToObj(i -> SvgNumbers.hundredths(i * 0.37)).toList());
        List<String> expected = IntStream.range(0, 2_000).mapToObj(i -> java.math.BigDecimal.valueOf(Math.round(i * 37.0))
                .movePointLeft(2).stripTrailingZeros().toPlainString()).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            for (Future<List<String>> texts : pool.invokeAll(threads)) {
                assertThat(texts.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdown();
        }
    }
}
