package org.junheng.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.junheng.render.SiteRenderer;
import org.junheng.site.BuildDate;
import org.junheng.site.BuildOptions;
import org.junheng.site.ContentRejected;
import org.junheng.site.InputSnapshot;
import org.junheng.site.PreviewServer;
import org.junheng.site.SiteBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Build the site, serve it on 127.0.0.1 and rebuild whenever an input changes.")
final class ServeCommand implements Callable<Integer> {

    private static final long POLL_MILLIS = 500;

    @Mixin
    SiteOptions options;

    @Option(names = "--port", paramLabel = "N", description = "Port on 127.0.0.1 (default: ${DEFAULT-VALUE}).")
    int port = 8080;

    @Option(names = "--out", paramLabel = "DIR", description = "The output folder (default: _site in the site folder).")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Path site = options.site.toAbsolutePath().normalize();
        // Preview at the site root: published base paths do not matter on 127.0.0.1.
        BuildOptions build = new BuildOptions(site, out != null ? out : site.resolve("_site"), Optional.of("/"),
                Runtime.getRuntime().availableProcessors(),
                BuildDate.fromSourceDateEpoch(System.getenv("SOURCE_DATE_EPOCH")));
        PrintWriter err = spec.commandLine().getErr();
        rebuild(build, err);
        try (PreviewServer server = new PreviewServer(build.out(), port, "/")) {
            server.start();
            spec.commandLine().getOut().println("预览地址 " + server.address() + " （按 Ctrl+C 停止）");
            spec.commandLine().getOut().flush();
            InputSnapshot seen = InputSnapshot.of(site);
            while (!Thread.currentThread().isInterrupted()) {
                Thread.sleep(POLL_MILLIS);
                InputSnapshot now = InputSnapshot.of(site);
                if (!now.equals(seen)) {
                    seen = now;
                    rebuild(build, err);
                }
            }
        }
        return ExitCodes.OK;
    }

    private void rebuild(BuildOptions build, PrintWriter err) {
        try {
            var result = new SiteBuilder().build(build, SiteRenderer.ProgressListener.SILENT);
            ProblemReport.print(result.warnings(), options.format, options.lang, err);
            spec.commandLine().getOut().printf("已重新生成：%d 个页面，用时 %.2f 秒%n", result.pages(),
                    result.elapsed().toMillis() / 1000.0);
            spec.commandLine().getOut().flush();
        } catch (ContentRejected rejected) {
            ProblemReport.print(rejected.problems(), options.format, options.lang, err);
            err.println("有错误，预览仍显示上一次成功的结果。");
            err.flush();
        } catch (RuntimeException e) {
            err.println("构建失败：" + e.getMessage());
            err.flush();
        }
    }
}
