package org.junheng.benchmarks;

import java.util.concurrent.TimeUnit;
import org.junheng.render.QrCodeView;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** One school's QR code as its printed summary draws it: its page's address, the mask chosen as the standard asks. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class QrCodeBenchmark {

    private final QrCodeView code = new QrCodeView("https://www.example.gov.cn/junheng/schools/9901010001/",
            "扫码查看本页：https://www.example.gov.cn/junheng/schools/9901010001/");

    @Benchmark
    public String schoolAddress() {
        return code.svg();
    }
}
