package org.junheng.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junheng.charts.Bar;
import org.junheng.charts.BarChartSpec;
import org.junheng.charts.Chart;
import org.junheng.charts.ChartTable;
import org.junheng.charts.ReferenceLine;
import org.junheng.charts.SvgChartRenderer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** One school's indicator chart, as every profile page draws it: seven bars and the 100 % line. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ChartBenchmark {

    private final SvgChartRenderer renderer = new SvgChartRenderer();
    private final BarChartSpec spec = new BarChartSpec("9901010001-school-primary", "小学：各项指标占标准的百分比",
            "七项指标中有两项未达到标准。", "%",
            List.of(new Bar("生师比", 112, "112%", false), new Bar("高学历教师", 96, "96%", true),
                    new Bar("骨干教师", 130, "130%", false), new Bar("体艺教师", 88, "88%", true),
                    new Bar("生均教学用房", 104, "104%", false), new Bar("生均体育场馆", 151, "151%", false),
                    new Bar("生均仪器设备", 123, "123%", false)),
            List.of(new ReferenceLine(100, "标准")),
            new ChartTable(List.of("指标", "占标准"), List.of(List.of("生师比", "112%"))));

    @Benchmark
    public Chart schoolIndicatorChart() {
        return renderer.draw(spec);
    }
}
