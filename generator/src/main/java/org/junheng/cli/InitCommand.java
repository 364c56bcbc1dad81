package org.junheng.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.junheng.site.SiteInitializer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "init", mixinStandardHelpOptions = true,
        description = "Create a new site in an empty folder: configuration, data files with one example row each,"
                + " county inputs, a sample document and a README for the bureau's staff, all in Chinese.")
final class InitCommand implements Callable<Integer> {

    @Parameters(paramLabel = "DIR", description = "The new site's folder; it must not exist yet or be empty.")
    Path folder;

    @Option(names = "--year", paramLabel = "YEAR",
            description = "School year (its start year) of the example statistics and county inputs"
                    + " (default: the school year under way by this computer's clock).")
    Integer year;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        int schoolYear = year != null ? year : SiteInitializer.schoolYearOn(LocalDate.now());
        List<String> files = new SiteInitializer(schoolYear).create(folder);
        PrintWriter out = spec.commandLine().getOut();
        out.println("已创建新站点 " + folder + "：");
        files.forEach(file -> out.println("  " + file));
        out.println("下一步：按 README.md 把示例内容换成本县的内容，然后运行");
        out.println("  junheng check --site " + folder + "     检查");
        out.println("  junheng serve --site " + folder + "     在本机预览");
        out.flush();
        return ExitCodes.OK;
    }
}
