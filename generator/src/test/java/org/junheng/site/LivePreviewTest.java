package org.junheng.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junheng.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** {@code junheng serve}: an edit to an input reaches the open page through a reload event. */
class LivePreviewTest {

    private static final Pattern EVENTS = Pattern.compile("new EventSource\\(\"([^\"]+)\"\\)");
    private static final LivePreview.Listener SILENT = new LivePreview.Listener() {
        @Override
        public void built(BuildResult result) {
        }

        @Override
        public void rejected(ContentRejected rejected) {
        }

        @Override
        public void failed(RuntimeException failure) {
            throw failure;
        }
    };

    @TempDir
    Path temp;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void anEditedDocumentReachesTheOpenPageAfterAReloadEvent() throws Exception {
        TestSite site = TestSite.in(temp, "-- content/documents/2024-plan.md --\n" + TestSite.PLAN);
        Path preview = LivePreview.defaultOutput(site.root());
        try (LivePreview live = new LivePreview(new BuildOptions(site.root(), preview, Optional.of("/"), 2), 0, SILENT)) {
            live.start();
            URI page = live.address().resolve("disclosures/2024-plan/");
            String before = get(page);
            assertThat(before).contains("到 2026 年");
            Matcher script = EVENTS.matcher(before);
            assertThat(script.find()).as("the served page listens for new builds").isTrue();

            try (Stream<String> events = http.send(HttpRequest.newBuilder(live.address().resolve(script.group(1)))
                    .build(), HttpResponse.BodyHandlers.ofLines()).body()) {
                Iterator<String> lines = events.iterator();
                assertThat(lines.next()).startsWith("retry:");
                site.write("content/documents/2024-plan.md", TestSite.PLAN.replace("到 2026 年", "到 2027 年"));

                String line = lines.next();
                while (line.isEmpty()) {
                    line = lines.next();
                }
                assertThat(line).isEqualTo("event: reload");
            }
            assertThat(get(page)).contains("到 2027 年");
        }
        try (Stream<Path> files = Files.walk(preview)) {
            assertThat(files.filter(file -> file.toString().endsWith(".html"))
                    .noneMatch(file -> read(file).contains("EventSource")))
                    .as("the built pages themselves carry no script").isTrue();
        }
        assertThat(site.out()).as("the published output, which serve never touches").doesNotExist();
    }

    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void aPageThatConnectsAfterANewerBuildReloadsAtOnce() throws Exception {
        TestSite site = TestSite.in(temp);
        try (LivePreview live = new LivePreview(new BuildOptions(site.root(), LivePreview.defaultOutput(site.root()),
                Optional.of("/"), 2), 0, SILENT)) {
            live.start();
            try (Stream<String> events = http.send(HttpRequest.newBuilder(
                    live.address().resolve("/__junheng/events?build=-1")).build(),
                    HttpResponse.BodyHandlers.ofLines()).body()) {
                assertThat(events.filter(line -> !line.isEmpty()).skip(1).findFirst()).contains("event: reload");
            }
        }
    }

    private String get(URI uri) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
