package org.junheng.cli;

import picocli.CommandLine;

/** Entry point of {@code junheng}. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true");
        System.exit(run(args));
    }

    public static int run(String... args) {
        try {
            return commandLine().execute(args);
        } catch (OutOfMemoryError e) {
            // an Error passes picocli's handler by; the build's staging folder is deleted by now (or left for the next build)
            System.err.println("junheng: 构建失败（已发布的内容未改动）：Java 堆内存不足。"
                    + "请给更大的堆再试，例如 JUNHENG_JAVA_OPTS=-Xmx4g ./junheng build，或 java -Xmx4g -jar junheng.jar build。"
                    + " / Out of Java heap memory: run again with a larger heap (-Xmx).");
            return ExitCodes.FAILURE;
        }
    }

    static CommandLine commandLine() {
        return new CommandLine(new JunhengCommand())
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler(new FailureHandler());
    }
}
