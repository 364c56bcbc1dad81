package org.junheng.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junheng.indicators.Assessor;
import org.junheng.render.ProfileSections;
import org.junheng.render.RenderOptions;
import org.junheng.render.RenderedSite;
import org.junheng.render.SiteData;
import org.junheng.render.SiteInfo;
import org.junheng.render.SiteRenderer;
import org.junheng.render.Theme;
import org.junheng.site.SiteBuilder;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Rendering every page of a site with the built-in templates on one thread — page models,
 * Freemarker and the charts inside the pages — into a fresh folder each time, without a chart cache.
 * An operation takes over a second: with two short iterations of warm-up and three of five seconds
 * (three or four operations each) the JIT was still speeding it up while it was measured, and the
 * error was larger than the score. Each output is deleted as soon as it is measured, so that the
 * files of earlier operations do not pile up on the disk the next one writes to.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 6, time = 10)
@Measurement(iterations = 5, time = 10)
@Fork(1)
public class RenderBenchmark {

    @Param({"200"})
    public int schools;

    private Path folder;
    private SiteData data;
    private RenderOptions options;
    private Theme theme;

    @Setup(Level.Trial)
    public void load() throws Exception {
        folder = SyntheticSites.write(schools);
        Path site = folder.resolve("site");
        SiteBuilder.Inspection inspection = new SiteBuilder().inspect(site);
        SiteInfo info = new SiteInfo("基准", "Benchmark", "zh-CN", "https://example.gov.cn/", "/", "教育局", "虚构省",
                "CC BY 4.0", "https://creativecommons.org/licenses/by/4.0/", "bench");
        data = new SiteData(info, inspection.content(), inspection.standards(),
                Assessor.assess(inspection.content(), inspection.standards(), Optional.of(inspection.basicBalance())));
        options = RenderOptions.defaults(inspection.content());
        theme = new Theme(site);
    }

    @TearDown(Level.Invocation)
    public void deleteOutput() throws java.io.IOException {
        try (var outputs = Files.list(folder)) {
            outputs.filter(path -> path.getFileName().toString().startsWith("out-")).forEach(SyntheticSites::delete);
        }
    }

    @TearDown(Level.Trial)
    public void delete() {
        SyntheticSites.delete(folder);
    }

    @Benchmark
    public RenderedSite renderEveryPage() throws Exception {
        Path out = Files.createTempDirectory(folder, "out-");
        return new SiteRenderer(folder.resolve("site"), theme, 1, Optional.empty())
                .render(data, options, ProfileSections.NONE, out, SiteRenderer.ProgressListener.SILENT);
    }
}
