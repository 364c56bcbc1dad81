package org.junheng;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junheng.content.Problem;
import org.junheng.render.SiteRenderer;
import org.junheng.site.BuildOptions;
import org.junheng.site.BuildResult;
import org.junheng.site.ContentRejected;
import org.junheng.site.SiteBuilder;

/**
 * A small site written inline, built, and asserted on — in the manner of Hugo's integration
 * tests. Files are given as {@code -- path --} lines followed by their content; a minimal
 * valid site fills in whatever the test does not give.
 */
public final class TestSite {

    public static final String CONFIG = """
            title: 测试县义务教育信息公开
            base_url: https://example.gov.cn/test/
            publisher: 测试县教育局
            region:
              name: 测试县
              counties:
                - { code: "990102", name: 测试县 }
            """;

    public static final String SCHOOLS = """
            学校标识码,学校名称,别名,学校类型,所属学校,县区代码,乡镇街道,城乡类别,办学性质,寄宿制,学校地址,办公电话
            2199020001,测试县实验小学,实小,小学,,990102,城关镇,城区,公办,否,城关镇解放路1号,0790-6000001
            2199020002,测试县第一中学,,初中,,990102,城关镇,城区,公办,否,城关镇人民路8号,0790-6000002
            2199020003,河口镇九年一贯制学校,,九年一贯制,,990102,河口镇,镇区,公办,是,,
            """;

    public static final String STATISTICS = """
            year,code,primary_students,primary_classes,primary_teachers,junior_students,junior_classes,junior_teachers,teaching_area
            2024,2199020001,1200,26,70,,,,6100
            2024,2199020002,,,,900,18,75,5900.5
            2024,2199020003,400,12,30,200,6,20,3000
            """;

    /** A county's implementation plan, a document that every site may carry at {@code content/documents/}. */
    public static final String PLAN = """
            ---
            title: 测试县优质均衡发展实施方案
            type: 工作方案
            date: 2024-03-18
            issuer: 测试县教育局
            ---
            到 2026 年，全县义务教育学校达到优质均衡标准。
            """;

    private final Path root;
    private final Map<String, String> files = new LinkedHashMap<>();

    private TestSite(Path root) {
        this.root = root;
        files.put("site-config.yml", CONFIG);
        files.put("content/schools.csv", SCHOOLS);
        files.put("content/statistics/2024.csv", STATISTICS);
    }

    /** A site in {@code folder} (a JUnit {@code @TempDir}) made of the minimal site plus the given files. */
    public static TestSite in(Path folder, String files) {
        TestSite site = new TestSite(folder.resolve("site"));
        site.files.putAll(parse(files));
        site.writeFiles();
        return site;
    }

    public static TestSite in(Path folder) {
        return in(folder, "");
    }

    static Map<String, String> parse(String text) {
        Map<String, String> parsed = new LinkedHashMap<>();
        String name = null;
        StringBuilder body = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            if (line.startsWith("-- ") && line.endsWith(" --")) {
                if (name != null) {
                    parsed.put(name, body.toString());
                }
                name = line.substring(3, line.length() - 3).strip();
                body.setLength(0);
            } else if (name != null) {
                body.append(line).append('\n');
            }
        }
        if (name != null) {
            parsed.put(name, body.toString());
        }
        return parsed;
    }

    /** A copy of the repository's demo county, to build and assert on. */
    public static TestSite demo(Path folder) {
        Path repository = Path.of("..").toAbsolutePath().normalize();
        TestSite site = new TestSite(folder.resolve("demo"));
        site.files.clear();
        try {
            for (String input : new String[] {"site-config.yml", "content"}) {
                Path from = repository.resolve(input);
                try (var paths = Files.walk(from)) {
                    for (Path path : paths.filter(Files::isRegularFile).toList()) {
                        Path to = site.root.resolve(repository.relativize(path).toString());
                        Files.createDirectories(to.getParent());
                        Files.copy(path, to);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return site;
    }

    /** Replaces or adds one file. */
    public TestSite write(String path, String content) {
        files.put(path, content);
        writeFile(path, content.getBytes(StandardCharsets.UTF_8));
        return this;
    }

    /** Copies every file under {@code folder} into the site at the same relative path, replacing what is there. */
    public TestSite copy(Path folder) {
        try (java.util.stream.Stream<Path> paths = Files.walk(folder)) {
            for (Path file : paths.filter(Files::isRegularFile).sorted().toList()) {
                String path = folder.relativize(file).toString().replace('\\', '/');
                writeFile(path, Files.readAllBytes(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    public TestSite writeBytes(String path, byte[] content) {
        writeFile(path, content);
        return this;
    }

    public TestSite delete(String path) {
        files.remove(path);
        try {
            Files.deleteIfExists(root.resolve(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    public Path root() {
        return root;
    }

    public Path out() {
        return root.resolve("_site");
    }

    public BuildResult build() {
        try {
            return new SiteBuilder().build(BuildOptions.of(root, out()), SiteRenderer.ProgressListener.SILENT);
        } catch (ContentRejected e) {
            throw new AssertionError("the build was rejected:\n" + describe(e.problems()), e);
        }
    }

    /** Builds as if on {@code buildDate} (notice periods, overdue projects). */
    public BuildResult build(java.time.LocalDate buildDate) {
        try {
            return new SiteBuilder().build(new BuildOptions(root, out(), java.util.Optional.empty(), 2,
                    java.util.Optional.of(buildDate)), SiteRenderer.ProgressListener.SILENT);
        } catch (ContentRejected e) {
            throw new AssertionError("the build was rejected:\n" + describe(e.problems()), e);
        }
    }

    /** Builds expecting the content to be rejected; returns the problems found. */
    public List<Problem> buildRejected() {
        try {
            new SiteBuilder().build(BuildOptions.of(root, out()), SiteRenderer.ProgressListener.SILENT);
        } catch (ContentRejected e) {
            return e.problems();
        }
        throw new AssertionError("the build was expected to be rejected, but it succeeded");
    }

    public String file(String path) {
        try {
            return Files.readString(out().resolve(path), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError("no output file " + path, e);
        }
    }

    public Document html(String path) {
        return Jsoup.parse(file(path));
    }

    /** Asserts that the page exists and contains every given text. */
    public TestSite assertPage(String path, String... contains) {
        String page = file(path);
        for (String text : contains) {
            assertThat(page).as("%s contains %s", path, text).contains(text);
        }
        return this;
    }

    public TestSite assertNoPage(String path) {
        assertThat(out().resolve(path)).as("output file %s", path).doesNotExist();
        return this;
    }

    public static String describe(List<Problem> problems) {
        List<String> lines = new ArrayList<>();
        problems.forEach(p -> lines.add(p.severity() + " " + p.location() + " " + p.rule() + " " + p.value() + " "
                + p.message()));
        return String.join("\n", lines);
    }

    private void writeFiles() {
        files.forEach((path, content) -> writeFile(path, content.getBytes(StandardCharsets.UTF_8)));
    }

    private void writeFile(String path, byte[] content) {
        try {
            Path file = root.resolve(path);
            Files.createDirectories(file.getParent());
            Files.write(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
