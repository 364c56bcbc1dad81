package org.junheng.benchmarks;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junheng.indicators.Assessor;
import org.junheng.indicators.CountyAssessment;
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

/** The whole assessment (indicators, CVs, verdicts, every county and year) of a loaded site. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class IndicatorBenchmark {

    @Param({"1000"})
    public int schools;

    private Path folder;
    private SiteBuilder.Inspection site;

    @Setup(Level.Trial)
    public void load() throws Exception {
        folder = SyntheticSites.write(schools);
        site = new SiteBuilder().inspect(folder.resolve("site"));
    }

    @TearDown(Level.Trial)
    public void delete() {
        SyntheticSites.delete(folder);
    }

    @Benchmark
    public List<CountyAssessment> assess() {
        return Assessor.assess(site.content(), site.standards(), Optional.of(site.basicBalance()));
    }

    @Benchmark
    public SiteBuilder.Inspection loadAndCheck() throws Exception {
        return new SiteBuilder().inspect(folder.resolve("site"));
    }
}
