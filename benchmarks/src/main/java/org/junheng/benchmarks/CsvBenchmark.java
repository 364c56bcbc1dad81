package org.junheng.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junheng.content.CsvTableReader;
import org.junheng.content.StatisticsTable;
import org.junheng.content.TableRow;
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

/** Reading one year's statistics table (every column, every check of the reader). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CsvBenchmark {

    @Param({"10000"})
    public int schools;

    private Path folder;
    private String text;

    @Setup(Level.Trial)
    public void write() throws IOException {
        folder = SyntheticSites.write(schools);
        text = Files.readString(folder.resolve("site/content/statistics/2024.csv"));
    }

    @TearDown(Level.Trial)
    public void delete() {
        SyntheticSites.delete(folder);
    }

    @Benchmark
    public List<TableRow> readStatistics() {
        return new CsvTableReader(StatisticsTable.COLUMNS).read("content/statistics/2024.csv", text, new ArrayList<>());
    }
}
