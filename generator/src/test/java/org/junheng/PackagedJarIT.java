package org.junheng;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipFile;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The runnable jar that {@code mvn package} makes, run as a separate process the way a
 * bureau's CI runs it: the built-in theme is read from inside the jar, and a site's own
 * files still win over it.
 */
class PackagedJarIT {

    private static final Path JAR = Path.of(System.getProperty("junheng.jar", "target/junheng.jar"));

    @TempDir
    Path temp;

    @Test
    void theJarBuildsASiteWithItsOverridesAndTakesEverythingElseFromTheThemeInsideIt() throws Exception {
        TestSite site = ThemeOverrideTest.overridingSite(temp);
        Path out = temp.resolve("public");

        Run build = junheng(JAR, "build", "--site", site.root().toString(), "--out", out.toString());

        assertThat(build.exitCode()).as(build.output()).isZero();
        Document school = html(out, "schools/2199020001/index.html");
        assertThat(school.select("header nav a").eachText()).contains("首页", "学校名录与办学条件", "信息公开", "关于").doesNotContain("学校");
        assertThat(school.html()).contains("本页数据由学校填报、县教育局核查。", "城关镇解放路1号");
        assertThat(school.select("link[rel=stylesheet]").eachAttr("href"))
                .containsExactly("../../assets/css/site.css", "../../assets/css/print.css", "../../assets/css/local.css");
        assertThat(Files.readString(out.resolve("assets/icons/favicon.svg"))).isEqualTo(ThemeOverrideTest.FAVICON);
        assertThat(Files.readAllBytes(out.resolve("assets/css/site.css")))
                .isEqualTo(entryOfJar("org/junheng/theme/assets/css/site.css"));
        assertThat(html(out, "index.html").html()).doesNotContain("local-note");
    }

    @Test
    void aSiteMadeByInitPassesTheCheckAndBuildsFromTheJar() throws Exception {
        Path site = temp.resolve("示例县");

        Run init = junheng(JAR, "init", site.toString(), "--year", "2025");
        Run check = junheng(JAR, "check", "--site", site.toString());
        Run build = junheng(JAR, "build", "--site", site.toString());

        assertThat(init.exitCode()).as(init.output()).isZero();
        assertThat(check.exitCode()).as(check.output()).isZero();
        assertThat(check.output()).contains("检查通过：1 所学校，1 份文件。");
        assertThat(build.exitCode()).as(build.output()).isZero();
        assertThat(html(site.resolve("_site"), "schools/2199010001/index.html").title()).contains("示例县实验小学");
    }

    @Test
    void theVersionedReleaseJarIsTheSameJarAndReportsItsVersionAndCommit() throws Exception {
        Path versioned = Path.of(System.getProperty("junheng.versioned-jar"));

        Run version = junheng(versioned, "--version");

        assertThat(Files.readAllBytes(versioned)).isEqualTo(Files.readAllBytes(JAR));
        assertThat(version.exitCode()).isZero();
        assertThat(version.output()).startsWith("junheng " + System.getProperty("junheng.version") + "\n")
                .containsPattern("\ncommit ([0-9a-f]{7,40}(-dirty)?|unknown)\n");
    }

    @Test
    @EnabledOnOs(OS.LINUX) // the launcher reads the machine's memory from /proc, which other systems lack
    void theLauncherStartsABuildsHeapWhereTheSitesLastBuildLeftIt() throws Exception {
        Path site = temp.resolve("site");
        assertThat(junheng(JAR, "init", site.toString(), "--year", "2025").exitCode()).isZero();
        Path hint = site.resolve(".junheng-cache/heap");
        Files.createDirectories(hint.getParent());
        Files.writeString(hint, "256\n");

        Run hinted = launcher("build", "--site", site.toString());
        Files.writeString(hint, "999999999\n"); // beyond a quarter of any machine's memory
        Run tooLarge = launcher("build", "--site=" + site);

        assertThat(hinted.exitCode()).as(hinted.output()).isZero();
        assertThat(hinted.output()).contains("-XX:InitialHeapSize=" + 256L * 1024 * 1024 + " ");
        assertThat(tooLarge.output()).contains("-XX:InitialHeapSize=" + 200L * 1024 * 1024 + " ");
        // the build keeps the heap it reached, at least the one it started with
        assertThat(Long.parseLong(Files.readString(hint).strip())).isGreaterThanOrEqualTo(200);
    }

    @Test
    void theLauncherCollectsWithG1WhenAMaximumHeapOfAGigabyteOrMoreIsNamedWithoutACollector() throws Exception {
        Run national = launcherWith("-XX:+PrintCommandLineFlags -Xmx1g", "--version");
        Run inBytes = launcherWith("-XX:MaxHeapSize=2147483648 -XX:+PrintCommandLineFlags", "--version");
        Run small = launcherWith("-Xmx1023m -XX:+PrintCommandLineFlags", "--version");
        Run unsized = launcherWith("-XX:+PrintCommandLineFlags", "--version");
        Run named = launcherWith("-XX:+UseParallelGC -Xmx2g -XX:+PrintCommandLineFlags", "--version");

        assertThat(national.output()).contains("-XX:MaxHeapSize=" + (1L << 30) + " ", "-XX:+UseG1GC")
                .doesNotContain("UseSerialGC");
        assertThat(inBytes.output()).contains("-XX:+UseG1GC").doesNotContain("UseSerialGC");
        assertThat(small.output()).contains("-XX:MaxHeapSize=" + 1023L * 1024 * 1024 + " ", "-XX:+UseSerialGC")
                .doesNotContain("UseG1GC");
        assertThat(unsized.output()).contains("-XX:+UseSerialGC").doesNotContain("UseG1GC");
        assertThat(named.output()).contains("-XX:+UseParallelGC").doesNotContain("UseG1GC", "UseSerialGC");
    }

    private byte[] entryOfJar(String name) throws IOException {
        try (ZipFile jar = new ZipFile(JAR.toFile())) {
            var entry = jar.getEntry(name);
            assertThat(entry).as("%s in %s", name, JAR).isNotNull();
            return jar.getInputStream(entry).readAllBytes();
        }
    }

    private static Document html(Path out, String page) throws IOException {
        return Jsoup.parse(Files.readString(out.resolve(page), StandardCharsets.UTF_8));
    }

    private Run junheng(Path jar, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-Dfile.encoding=UTF-8", "-jar", jar.toString()));
        command.addAll(List.of(args));
        return run(new ProcessBuilder(command).directory(temp.toFile()).redirectErrorStream(true), args);
    }

    /** {@code ./junheng} run with {@code args}, as a user runs it, on the packaged jar, printing the JVM's options. */
    private Run launcher(String... args) throws Exception {
        return launcherWith("-XX:+PrintCommandLineFlags", args);
    }

    /** {@code ./junheng} run with {@code args} and {@code JUNHENG_JAVA_OPTS} set to {@code javaOptions}. */
    private Run launcherWith(String javaOptions, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("sh", Path.of("..", "junheng").toAbsolutePath().normalize().toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(temp.toFile()).redirectErrorStream(true);
        builder.environment().put("JUNHENG_JAR", JAR.toAbsolutePath().toString());
        builder.environment().put("JUNHENG_JAVA_OPTS", javaOptions);
        return run(builder, args);
    }

    private Run run(ProcessBuilder builder, String... args) throws Exception {
        Path log = Files.createTempFile(temp, "junheng-", ".log");
        Process process = builder.redirectOutput(log.toFile()).start();
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("junheng " + String.join(" ", args) + " did not finish in two minutes");
        }
        return new Run(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }

    private record Run(int exitCode, String output) {
    }
}
