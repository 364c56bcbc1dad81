package org.junheng.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.junheng.site.synthetic.SyntheticSite;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Write a made-up multi-county site of any size, the same for the same --schools and --seed,"
                + " to try Junheng at the size of a province or a country (see docs/performance.md).")
final class DemoCommand implements Callable<Integer> {

    @Option(names = "--schools", paramLabel = "N", required = true, description = "How many schools.")
    int schools;

    @Option(names = "--out", paramLabel = "DIR", required = true,
            description = "The new site's folder (created if missing; it should be empty).")
    Path out;

    @Option(names = "--seed", paramLabel = "SEED", defaultValue = "1",
            description = "Seed of the made-up figures and names (default: ${DEFAULT-VALUE}).")
    long seed;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (schools < 1 || schools > SyntheticSite.MAX_SCHOOLS) {
            throw new ParameterException(spec.commandLine(),
                    "--schools must be between 1 and " + SyntheticSite.MAX_SCHOOLS + " (got " + schools + ")");
        }
        SyntheticSite.Summary summary = new SyntheticSite(schools, seed).write(out);
        PrintWriter writer = spec.commandLine().getOut();
        writer.println("已写入合成站点 " + out + "：" + summary.counties() + " 个县、" + summary.schools() + " 所学校、"
                + summary.documents() + " 份公开文件（全部虚构）");
        writer.flush();
        return ExitCodes.OK;
    }
}
