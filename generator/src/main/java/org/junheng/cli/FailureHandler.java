package org.junheng.cli;

import org.junheng.render.RenderException;
import picocli.CommandLine;

/** Turns an unexpected failure into one readable line and exit code 3, instead of a stack trace. */
final class FailureHandler implements CommandLine.IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception e, CommandLine command, CommandLine.ParseResult parsed) {
        if (e instanceof IllegalArgumentException) {
            command.getErr().println("junheng: " + e.getMessage());
            return ExitCodes.USAGE_OR_CONFIGURATION;
        }
        String message = e instanceof RenderException ? e.getMessage() : e.toString();
        command.getErr().println("junheng: 构建失败（已发布的内容未改动）：" + message);
        if (System.getenv("JUNHENG_DEBUG") != null) {
            e.printStackTrace(command.getErr());
        }
        return ExitCodes.FAILURE;
    }
}
