package org.junheng.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options every command that reads a site shares. */
final class SiteOptions {

    @Option(names = "--site", paramLabel = "DIR", description = "The site folder (default: the current folder).")
    Path site = Path.of(".");

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "How to report problems: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    ProblemFormat format = ProblemFormat.TEXT;

    @Option(names = "--lang", paramLabel = "LANG",
            description = "Language of problems and summaries: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Language lang = Language.ZH;
}
