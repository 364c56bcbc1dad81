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

    /**
     * Heap kept aside while a command runs and let go when it runs out of memory, so that saying so
     * does not fail for want of the few hundred bytes the message takes: with a small heap, the
     * message itself once ran out of memory, and the JVM exited with its own code 1 instead.
     */
    private static byte[] reserve;

    public static int run(String... args) {
        reserve = new byte[256 * 1024];
        try (HeapWatch watch = HeapWatch.start(Main::exhausted)) {
            return commandLine().execute(args);
        } catch (OutOfMemoryError e) {
            reserve = null;
            // an Error passes picocli's handler by; the build's staging folder is deleted by now (or left for the next build)
            try {
                System.err.println(outOfMemory(""));
            } catch (OutOfMemoryError again) {
                // the exit code still says what happened
            }
            return ExitCodes.FAILURE;
        } finally {
            reserve = null;
        }
    }

    /** Ends a command whose heap is exhausted before it runs out of memory, as if it had (see {@link HeapWatch}). */
    private static void exhausted() {
        reserve = null;
        System.err.println(outOfMemory("最近一分钟大部分时间在回收垃圾，"));
        System.err.flush();
        // as a killed build does: the staging folder stays for the next build to clear
        Runtime.getRuntime().halt(ExitCodes.FAILURE);
    }

    private static String outOfMemory(String why) {
        return "junheng: 构建失败（已发布的内容未改动）：Java 堆内存不足。" + why
                + "请给更大的堆再试，例如 JUNHENG_JAVA_OPTS=-Xmx4g ./junheng build，或 java -Xmx4g -jar junheng.jar build。"
                + " / Out of Java heap memory" + (why.isEmpty() ? "" : " (most of the last minute went to collecting garbage)")
                + ": run again with a larger heap (-Xmx).";
    }

    static CommandLine commandLine() {
        return new CommandLine(new JunhengCommand())
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler(new FailureHandler());
    }
}
