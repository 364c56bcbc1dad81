package org.junheng.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The writer makes each planned page when its turn comes, writes it, and lets go of it. */
class PageWriterTest {

    @TempDir
    Path site;

    @TempDir
    Path out;

    private Theme theme() throws IOException {
        Files.createDirectories(site.resolve("templates"));
        Files.writeString(site.resolve("templates/plain.ftlh"), "<p>${n}</p>");
        return new Theme(site);
    }

    private static Page page(String url, String canonicalUrl, int n) {
        return new Page(url + "index.html", "plain.ftlh", canonicalUrl, Map.of("n", n));
    }

    @Test
    void eachPlannedPageIsMadeOnlyWhenItsTurnComesAndLetGoOfOnceWritten() throws IOException {
        AtomicInteger made = new AtomicInteger();
        AtomicInteger written = new AtomicInteger();
        List<Integer> madeAheadOfWriting = new ArrayList<>();
        List<PlannedPage> plan = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            int n = i;
            plan.add(() -> {
                madeAheadOfWriting.add(made.incrementAndGet() - written.get());
                return page("schools/" + n + "/", "https://example.org/schools/" + n + "/", n);
            });
        }

        PageWriter.Written result = new PageWriter(theme().configuration(), 1).write(plan, out, written::set);

        assertThat(madeAheadOfWriting).containsExactly(1, 1, 1, 1, 1);
        assertThat(plan).containsOnlyNulls();
        assertThat(Files.readString(out.resolve("schools/3/index.html"), StandardCharsets.UTF_8)).isEqualTo("<p>3</p>");
        assertThat(result.rendered()).isEqualTo(5);
        assertThat(result.keys()).containsOnlyKeys("schools/0/index.html", "schools/1/index.html",
                "schools/2/index.html", "schools/3/index.html", "schools/4/index.html");
    }

    @Test
    void theCanonicalAddressesAreSortedAndNeitherAPageThatRepeatsAnotherNorOneWithoutAnAddressAddsOne()
            throws IOException {
        List<PlannedPage> plan = new ArrayList<>(List.<PlannedPage>of(
                page("enrollment/2025/", "https://example.org/enrollment/2025/", 1),
                page("enrollment/", "https://example.org/enrollment/2025/", 2),
                () -> page("about/", "https://example.org/about/", 3),
                new Page("404.html", "plain.ftlh", "", Map.of("n", 4))));

        PageWriter.Written result = new PageWriter(theme().configuration(), 2).write(plan, out, done -> { });

        assertThat(result.canonicalUrls()).containsExactly("https://example.org/about/",
                "https://example.org/enrollment/2025/");
        assertThat(out.resolve("enrollment/index.html")).exists();
        assertThat(out.resolve("404.html")).exists();
    }
}
