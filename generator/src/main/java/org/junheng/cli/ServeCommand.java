package org.junheng.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.junheng.site.BuildDate;
import org.junheng.site.BuildOptions;
import org.junheng.site.BuildResult;
import org.junheng.site.ContentRejected;
import org.junheng.site.LivePreview;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Build the site, serve it on 127.0.0.1, rebuild whenever an input changes and reload the open"
                + " pages.")
final class ServeCommand implements Callable<Integer> {

    @Mixin
    SiteOptions options;

    @Option(names = "--port", paramLabel = "N", description = "Port on 127.0.0.1 (default: ${DEFAULT-VALUE}).")
    int port = 8080;

    @Option(names = "--out", paramLabel = "DIR",
            description = "The preview's output folder (default: .junheng-cache/preview in the site folder, so that"
                    + " the published _site is never touched).")
    Path out;

    @Option(names = "--timings", description = "After each build, print each of its stages' wall and CPU time.")
    boolean timings;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Path site = options.site.toAbsolutePath().normalize();
        // Preview at the site root: published base paths do not matter on 127.0.0.1.
        BuildOptions build = new BuildOptions(site, out != null ? out : LivePreview.defaultOutput(site),
                Optional.of("/"), Runtime.getRuntime().availableProcessors(),
                BuildDate.fromSourceDateEpoch(System.getenv("SOURCE_DATE_EPOCH")));
        try (LivePreview preview = new LivePreview(build, port, new Report())) {
            preview.start();
            spec.commandLine().getOut().println("预览地址 " + preview.address() + " （按 Ctrl+C 停止）");
            spec.commandLine().getOut().flush();
            new CountDownLatch(1).await(); // until Ctrl+C
        }
        return ExitCodes.OK;
    }

    /** Prints how each build went. */
    private final class Report implements LivePreview.Listener {

        @Override
        public void built(BuildResult result) {
            ProblemReport.print(result.warnings(), options.format, options.lang, err());
            spec.commandLine().getOut().printf("已重新生成：%d 个页面（重新渲染 %d 个），写入 %d 个文件，用时 %.2f 秒%n",
                    result.pages(), result.rendered(), result.files(), result.elapsed().toMillis() / 1000.0);
            spec.commandLine().getOut().flush();
            if (timings) {
                err().print(options.lang.timings(result.phases()));
                err().flush();
            }
        }

        @Override
        public void rejected(ContentRejected rejected) {
            ProblemReport.print(rejected.problems(), options.format, options.lang, err());
            err().println("有错误，预览仍显示上一次成功的结果。");
            err().flush();
        }

        @Override
        public void failed(RuntimeException failure) {
            err().println("构建失败：" + failure.getMessage());
            err().flush();
        }

        private PrintWriter err() {
            return spec.commandLine().getErr();
        }
    }
}
