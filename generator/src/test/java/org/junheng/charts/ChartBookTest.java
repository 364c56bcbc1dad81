package org.junheng.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junheng.files.Sha256;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChartBookTest {

    private static final String THIS_CODE = "this code";

    @TempDir
    Path cache;

    /** Each of {@code specs} drawn by {@code book}, keyed by a digest of the spec's text, on the common pool's threads. */
    private static List<Chart> draw(ChartBook book, List<? extends ChartSpec> specs) {
        return specs.parallelStream().map(spec -> book.draw(spec, digest(spec))).toList();
    }

    private static byte[] digest(ChartSpec spec) {
        return Sha256.digest().digest(spec.toString().getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aChartWhoseDataHasNotChangedIsNotRedrawnAndComesBackIdentical() {
        List<ChartSpec> specs = List.of(SvgChartRendererTest.bars(), SvgChartRendererTest.lines());
        ChartBook first = new ChartBook(kept());
        List<Chart> drawn = draw(first, specs);

        ChartBook second = new ChartBook(kept());
        List<Chart> again = draw(second, specs);

        assertThat(first.drawn()).isEqualTo(2);
        assertThat(second.drawn()).isZero();
        assertThat(again).isEqualTo(drawn);
    }

    @Test
    void aChartKeyedByItsCallersDigestOfTheSpecComesBackByThatDigestOnly() {
        ChartSpec bars = SvgChartRendererTest.bars();
        byte[] digest = {1, 2, 3};
        Chart drawn = new ChartBook(kept()).draw(bars, digest);

        ChartBook same = new ChartBook(kept());
        assertThat(same.draw(bars, digest.clone())).isEqualTo(drawn);
        assertThat(same.drawn()).isZero();
        ChartBook other = new ChartBook(kept());
        other.draw(bars, new byte[] {1, 2, 4});
        other.draw(bars, new byte[] {1, 2});
        assertThat(other.drawn()).as("other digests of the same spec").isEqualTo(2);
    }

    @Test
    void theCacheHoldsOneFinishedFilePerChartAndNoTemporaryOnes() throws java.io.IOException {
        draw(new ChartBook(kept()), List.of(SvgChartRendererTest.bars(), SvgChartRendererTest.lines()));

        assertThat(cachedFiles()).map(file -> file.getFileName().toString())
                .hasSize(2).allMatch(name -> name.matches("[0-9a-f]{64}\\.svg"));
    }

    @Test
    void aChartNoBuildHasUsedForAMonthIsPrunedAtMostOnceADay() throws java.io.IOException {
        draw(new ChartBook(kept()), List.of(SvgChartRendererTest.bars(), SvgChartRendererTest.lines()));
        Path[] charts = cachedFiles().toArray(Path[]::new);
        Instant now = Instant.parse("2026-06-01T00:00:00Z");
        Files.setLastModifiedTime(charts[0], FileTime.from(now.minus(ChartBook.KEEP_UNUSED).minusSeconds(60)));
        Files.setLastModifiedTime(charts[1], FileTime.from(now.minus(ChartBook.KEEP_UNUSED).plusSeconds(60)));
        Path leftover = Files.writeString(charts[1].resolveSibling(charts[1].getFileName() + ".42-1.tmp"), "<svg");
        Files.setLastModifiedTime(leftover, FileTime.from(now.minus(Duration.ofDays(2))));

        ChartBook.prune(new ChartBook.Cache(cache, THIS_CODE), now);
        assertThat(cachedFiles()).containsExactly(charts[1]);

        ChartBook.prune(new ChartBook.Cache(cache, THIS_CODE), now.plus(Duration.ofHours(20)));
        assertThat(cachedFiles()).as("pruned less than a day ago: not yet again").containsExactly(charts[1]);
        ChartBook.prune(new ChartBook.Cache(cache, THIS_CODE), now.plus(Duration.ofDays(2)));
        assertThat(cachedFiles()).isEmpty();
    }

    @Test
    void takingAChartFromTheCacheCountsAsUsingIt() throws java.io.IOException {
        draw(new ChartBook(kept()), List.of(SvgChartRendererTest.bars()));
        Path chart = cachedFiles().get(0);
        Files.setLastModifiedTime(chart, FileTime.from(Instant.now().minus(Duration.ofDays(29))));

        draw(new ChartBook(kept()), List.of(SvgChartRendererTest.bars()));
        ChartBook.prune(new ChartBook.Cache(cache, THIS_CODE), Instant.now().plus(Duration.ofDays(2)));

        assertThat(cachedFiles()).containsExactly(chart);
    }

    @Test
    void aChartCachedByOtherCodeIsDrawnAgain() {
        draw(new ChartBook(kept()), List.of(SvgChartRendererTest.bars()));

        ChartBook changedGenerator = new ChartBook(Optional.of(new ChartBook.Cache(cache, "other code")));
        draw(changedGenerator, List.of(SvgChartRendererTest.bars()));
        ChartBook sameGenerator = new ChartBook(kept());
        draw(sameGenerator, List.of(SvgChartRendererTest.bars()));

        assertThat(changedGenerator.drawn()).isEqualTo(1);
        assertThat(sameGenerator.drawn()).isZero();
    }

    @Test
    void ofTheChartsOfOtherCodeOnlyThoseUsedLastAreKeptAndOnlyForAMonth() throws java.io.IOException {
        Instant now = Instant.parse("2026-06-01T00:00:00Z");
        Path loose = Files.writeString(cache.resolve("0".repeat(64) + ".svg"), "<svg/>");
        List<ChartSpec> specs = List.of(SvgChartRendererTest.bars());
        List<String> versions = List.of("version 1", "version 2", "version 3");
        for (int hour = 0; hour < versions.size(); hour++) {
            draw(new ChartBook(Optional.of(new ChartBook.Cache(cache, versions.get(hour)))), specs);
            ChartBook.prune(new ChartBook.Cache(cache, versions.get(hour)), now.plus(Duration.ofHours(hour)));
        }
        assertThat(loose).as("kept as charts were before generations: no build reads it").doesNotExist();
        assertThat(generations()).containsExactlyInAnyOrder(generation("version 2"), generation("version 3"));

        ChartBook back = new ChartBook(Optional.of(new ChartBook.Cache(cache, "version 2")));
        draw(back, specs);
        ChartBook.prune(new ChartBook.Cache(cache, "version 2"), now.plus(Duration.ofDays(1)));
        assertThat(back.drawn()).as("the version used last before is kept whole").isZero();
        assertThat(generations()).containsExactlyInAnyOrder(generation("version 2"), generation("version 3"));

        ChartBook.prune(new ChartBook.Cache(cache, "version 2"),
                now.plus(ChartBook.KEEP_UNUSED).plus(Duration.ofHours(3)));
        assertThat(generations()).as("version 3 unused for a month").containsExactly(generation("version 2"));
    }

    /** The cache of charts drawn by this code. */
    private Optional<ChartBook.Cache> kept() {
        return Optional.of(new ChartBook.Cache(cache, THIS_CODE));
    }

    /** The files of this code's charts but the markers, by name. */
    private List<Path> cachedFiles() throws java.io.IOException {
        Path generation = cache.resolve(generation(THIS_CODE));
        if (!Files.isDirectory(generation)) {
            return List.of();
        }
        try (java.util.stream.Stream<Path> files = Files.list(generation)) {
            return files.filter(file -> !file.getFileName().toString().startsWith(".")).sorted().toList();
        }
    }

    private List<String> generations() throws java.io.IOException {
        try (java.util.stream.Stream<Path> entries = Files.list(cache)) {
            return entries.filter(Files::isDirectory).map(folder -> folder.getFileName().toString()).toList();
        }
    }

    private static String generation(String code) {
        return ChartBook.generationName(code);
    }

    @Test
    void changedDataIsRedrawn() {
        draw(new ChartBook(kept()), List.of(SvgChartRendererTest.bars()));
        BarChartSpec original = SvgChartRendererTest.bars();
        BarChartSpec changed = new BarChartSpec(original.id(), original.title(), original.description(),
                original.valueAxis(), original.bars().subList(0, 2), original.lines(), original.table());

        ChartBook book = new ChartBook(kept());
        draw(book, List.of(changed));

        assertThat(book.drawn()).isEqualTo(1);
    }

    @Test
    void chartsAreLaidOutWithTheShippedFontNotWhateverTheMachineHas() {
        Font font = ChartFont.plain(14);

        assertThat(font.getFamily(java.util.Locale.ROOT)).isEqualTo(ChartFont.FAMILY);
        assertThat(font.canDisplayUpTo("青岚县实验小学每百名学生拥有骨干教师数㎡（）")).isEqualTo(-1);
    }
}
