package org.junheng.cli;

import java.util.concurrent.Callable;
import org.junheng.site.ContentRejected;
import org.junheng.site.SiteBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check the site's data, documents and configuration without building.")
final class CheckCommand implements Callable<Integer> {

    @Mixin
    SiteOptions options;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try {
            var inspection = new SiteBuilder().inspect(options.site.toAbsolutePath().normalize());
            ProblemReport.print(inspection.problems(), options.format, options.lang, spec.commandLine().getOut());
            if (options.format == ProblemFormat.TEXT) {
                spec.commandLine().getOut().println(options.lang.checkPassed(inspection.content().schools().size(),
                        inspection.content().documents().size()));
            }
            return ExitCodes.OK;
        } catch (ContentRejected rejected) {
            ProblemReport.print(rejected.problems(), options.format, options.lang, spec.commandLine().getErr());
            return rejected.configuration() ? ExitCodes.USAGE_OR_CONFIGURATION : ExitCodes.CONTENT_ERRORS;
        }
    }
}
