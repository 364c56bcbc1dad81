package org.junheng.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.junheng.site.BuildDate;
import org.junheng.site.BuildOptions;
import org.junheng.site.BuildResult;
import org.junheng.site.ContentRejected;
import org.junheng.site.SiteBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Check the site, then build it into the output folder (replaced only if the build succeeds).")
final class BuildCommand implements Callable<Integer> {

    @Mixin
    SiteOptions options;

    @Option(names = "--out", paramLabel = "DIR", description = "The output folder (default: _site in the site folder).")
    Path out;

    @Option(names = "--base-url", paramLabel = "URL", description = "Override site-config.yml's base_url.")
    String baseUrl;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: one per core).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--build-date", paramLabel = "YYYY-MM-DD",
            description = "The date the build treats as today: which notice periods are open, which projects are"
                    + " overdue (default: SOURCE_DATE_EPOCH if set, else the date of the newest content item).")
    LocalDate buildDate;

    @Option(names = "--timings", description = "After the build, print each of its stages' wall and CPU time.")
    boolean timings;

    @Option(names = "--verify-cache", description = "Make anew what the build cache would carry over (pages' models,"
            + " a year's open data, rendered Markdown), and stop if any of it differs from what was kept.")
    boolean verifyCache;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Path site = options.site.toAbsolutePath().normalize();
        Path target = out != null ? out : site.resolve("_site");
        String epoch = System.getenv("SOURCE_DATE_EPOCH");
        Optional<LocalDate> date = Optional.ofNullable(buildDate).or(() -> BuildDate.fromSourceDateEpoch(epoch));
        if (buildDate == null && epoch != null && !epoch.isBlank() && date.isEmpty()) {
            spec.commandLine().getErr().println("SOURCE_DATE_EPOCH 应是从 1970 年起的秒数：" + epoch);
            return ExitCodes.USAGE_OR_CONFIGURATION;
        }
        BuildOptions build = new BuildOptions(site, target, Optional.ofNullable(baseUrl), threads, date, verifyCache);
        PrintWriter err = spec.commandLine().getErr();
        try {
            BuildResult result = new SiteBuilder(() -> {
                err.println(options.lang.waitingForAnotherBuild(site));
                err.flush();
            }).build(build, Progress.forTerminal(err));
            ProblemReport.print(result.warnings(), options.format, options.lang, err);
            spec.commandLine().getOut().println(options.lang.built(result.pages(), result.rendered(), result.files(),
                    result.elapsed().toMillis() / 1000.0, build.out()));
            if (timings) {
                err.print(options.lang.timings(result.phases()));
                err.flush();
            }
            return ExitCodes.OK;
        } catch (ContentRejected rejected) {
            ProblemReport.print(rejected.problems(), options.format, options.lang, err);
            err.println(options.lang.buildStopped());
            return rejected.configuration() ? ExitCodes.USAGE_OR_CONFIGURATION : ExitCodes.CONTENT_ERRORS;
        }
    }
}
