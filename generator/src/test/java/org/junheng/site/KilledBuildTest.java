package org.junheng.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junheng.OutputTree;
import org.junheng.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build killed part-way — the CI runner cancelled, the machine rebooted — or out of memory leaves
 * the published site as it was, and the next build clears what the killed one left behind.
 * The build runs in its own JVM here, so it can really be killed.
 */
class KilledBuildTest {

    private static final int SCHOOLS = 300;

    @TempDir
    Path temp;

    @Test
    void aBuildKilledWhileWritingLeavesThePublishedSiteByteIdenticalAndTheNextBuildCleansUp() throws Exception {
        TestSite site = largeSite();
        Map<String, String> published = publishThenRenameTheSchools(site);

        Process build = buildInItsOwnJvm(site, List.of(), "--threads", "1");
        Path staging = awaitPagesBeingWritten(site, build);
        build.destroyForcibly();
        assertThat(build.waitFor(30, TimeUnit.SECONDS)).isTrue();

        assertThat(build.exitValue()).as("the build was killed, it did not finish").isNotZero();
        assertThat(staging).as("the killed build's half-written folder").isDirectory();
        assertThat(OutputTree.hashes(site.out())).as("the published site").isEqualTo(published);

        site.build();

        site.assertPage("schools/" + code(SCHOOLS - 1) + "/index.html", "改名后的学校" + (SCHOOLS - 1));
        assertThat(staging).as("the killed build's folder, cleared by the next build").doesNotExist();
        assertThat(leftovers(site)).isEmpty();
    }

    @Test
    void aBuildThatRunsOutOfMemorySaysSoInOneLineAndLeavesThePublishedSiteByteIdentical() throws Exception {
        TestSite site = largeSite();
        Map<String, String> published = publishThenRenameTheSchools(site);

        Process build = buildInItsOwnJvm(site, List.of("-Xmx8m"));
        boolean exited = build.waitFor(120, TimeUnit.SECONDS);
        if (!exited) {
            build.destroyForcibly();
        }

        assertThat(exited).as("the build stops rather than hangs").isTrue();
        assertThat(build.exitValue()).isEqualTo(3);
        // the JVM itself may print a line before it, when a worker thread dies of the same error
        assertThat(Files.readString(temp.resolve("build.log"))).containsPattern("(?m)^junheng: 构建失败（已发布的内容未改动）：Java 堆内存不足。.*-Xmx")
                .doesNotContain("Exception in thread", "\tat ");
        assertThat(OutputTree.hashes(site.out())).as("the published site").isEqualTo(published);
        site.build();
        assertThat(leftovers(site)).isEmpty();
        site.assertPage("schools/" + code(SCHOOLS - 1) + "/index.html", "改名后的学校" + (SCHOOLS - 1));
    }

    @Test
    void aBuildKilledBetweenTheTwoRenamesOfTheSwapGetsTheOldSiteBackEvenIfTheNextBuildFails() throws Exception {
        TestSite site = TestSite.in(temp);
        site.build();
        Map<String, String> published = OutputTree.hashes(site.out());
        // what a build killed after moving the old output aside, before moving the new one in, leaves
        Path previous = site.out().resolveSibling("._site.previous-" + deadProcessId() + "-1");
        Files.move(site.out(), previous);
        Files.setLastModifiedTime(previous, FileTime.from(Instant.now().minus(Duration.ofMinutes(1))));
        site.write("content/schools.csv", TestSite.SCHOOLS.replace(",小学,", ",中学,"));

        site.buildRejected();

        assertThat(OutputTree.hashes(site.out())).isEqualTo(published);
        assertThat(leftovers(site)).isEmpty();
    }

    @Test
    void anotherBuildStillRunningKeepsItsFolder() throws Exception {
        TestSite site = TestSite.in(temp);
        Path running = Files.createDirectories(site.out().resolveSibling("._site.building-"
                + ProcessHandle.current().parent().orElseThrow().pid() + "-7"));
        Files.setLastModifiedTime(running, FileTime.from(Instant.now().minus(Duration.ofMinutes(1))));

        site.build();

        assertThat(running).isDirectory();
    }

    /** Builds the site, returns the published files' hashes, and renames every school for the next build. */
    private static Map<String, String> publishThenRenameTheSchools(TestSite site) throws IOException {
        site.build();
        Map<String, String> published = OutputTree.hashes(site.out());
        site.write("content/schools.csv", registry("改名后的学校"));
        return published;
    }

    /** Starts {@code junheng build} of the site in a JVM of its own, with these JVM options, its output to build.log. */
    private Process buildInItsOwnJvm(TestSite site, List<String> jvmOptions, String... options) throws IOException {
        List<String> command = new ArrayList<>(List.of(javaExecutable()));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "org.junheng.cli.Main", "build", "--site",
                site.root().toString()));
        command.addAll(List.of(options));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(temp.resolve("build.log").toFile())
                .start();
    }

    private TestSite largeSite() {
        StringBuilder statistics = new StringBuilder("year,code,primary_students,primary_classes,primary_teachers\n");
        for (int i = 0; i < SCHOOLS; i++) {
            statistics.append("2024,").append(code(i)).append(",600,12,40\n");
        }
        return TestSite.in(temp).write("content/schools.csv", registry("学校"))
                .write("content/statistics/2024.csv", statistics.toString());
    }

    private static String registry(String name) {
        StringBuilder schools = new StringBuilder("学校标识码,学校名称,学校类型,县区代码,乡镇街道,城乡类别,办学性质\n");
        for (int i = 0; i < SCHOOLS; i++) {
            schools.append(code(i)).append(',').append(name).append(i).append(",小学,990102,城关镇,城区,公办\n");
        }
        return schools.toString();
    }

    private static String code(int i) {
        return String.valueOf(2199028000L + i);
    }

    /** Waits until the build in the other JVM has written pages into its staging folder, and returns the folder. */
    private static Path awaitPagesBeingWritten(TestSite site, Process build) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            assertThat(build.isAlive()).as("the build is still running").isTrue();
            Optional<Path> staging = leftovers(site).stream().findFirst();
            if (staging.isPresent() && Files.isDirectory(staging.get().resolve("schools"))) {
                return staging.get();
            }
            Thread.sleep(5);
        }
        throw new AssertionError("the build never started writing pages");
    }

    /** What builds left beside the output, but the folders a replaced output leaves for the next build. */
    private static List<Path> leftovers(TestSite site) throws IOException {
        try (Stream<Path> siblings = Files.list(site.out().getParent())) {
            return siblings.map(path -> path.getFileName().toString())
                    .filter(name -> name.startsWith("._site.") && !name.equals("._site.spare"))
                    .map(site.out()::resolveSibling).toList();
        }
    }

    private static long deadProcessId() throws Exception {
        Process process = new ProcessBuilder(javaExecutable(), "-version").redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        process.waitFor();
        return process.pid();
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
