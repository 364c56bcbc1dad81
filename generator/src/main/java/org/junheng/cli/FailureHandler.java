package org.junheng.cli;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
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
        command.getErr().println("junheng: 构建失败（已发布的内容未改动）：" + describe(e));
        if (System.getenv("JUNHENG_DEBUG") != null) {
            e.printStackTrace(command.getErr());
        }
        return ExitCodes.FAILURE;
    }

    /**
     * The failure and each cause it does not already name: "cannot write x" alone does not say
     * whether the disk was full or the folder read-only.
     */
    static String describe(Throwable failure) {
        if (failure instanceof RenderException) {
            return failure.getMessage();
        }
        StringBuilder line = new StringBuilder(failure.toString());
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable cause = failure.getCause(); cause != null && seen.add(cause); cause = cause.getCause()) {
            String text = cause.toString();
            if (line.indexOf(text) < 0) {
                line.append(" ← ").append(text);
            }
        }
        return line.toString();
    }
}
