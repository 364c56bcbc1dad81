package org.junheng.cli;

import picocli.CommandLine.Command;

@Command(name = "junheng", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "均衡 Junheng: builds a county's compulsory-education balance transparency portal.",
        subcommands = {BuildCommand.class, CheckCommand.class, ServeCommand.class, InitCommand.class,
                DemoCommand.class},
        footer = {"", "Exit codes: 0 success, 1 errors in the content, 2 usage or configuration error, 3 build failure."})
final class JunhengCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
