package org.junheng.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The output is listed in parts on several threads, and comes out as one listing of its regular files. */
class FileStampsTest {

    @TempDir
    Path out;

    @Test
    void everyRegularFileAtAnyDepthIsListedOnceByItsRelativePath() throws IOException {
        write("index.html", "首页");
        write("schools/2199020001/index.html", "学校");
        write("schools/2199020001/data.json", "{}");
        write("data/charts/a.csv", "x\n");
        Files.createDirectories(out.resolve("empty"));
        Files.createSymbolicLink(out.resolve("link.html"), out.resolve("index.html"));

        for (int threads : new int[] {1, 3}) {
            assertThat(FileStamps.attributes(out, threads).keySet()).as("on %d threads", threads).containsExactly(
                    "data/charts/a.csv", "index.html", "schools/2199020001/data.json", "schools/2199020001/index.html");
        }
        assertThat(FileStamps.ofFolder(out, 2).get("index.html")).isEqualTo(FileStamps.of(out.resolve("index.html")))
                .startsWith(Files.size(out.resolve("index.html")) + ":");
        assertThat(FileStamps.attributes(out.resolve("missing"), 2)).isEmpty();
    }

    @Test
    void foldersWithNoFileAtAnyDepthAreListedEachAfterTheFoldersInside() throws IOException {
        write("index.html", "首页");
        write("schools/2199020001/index.html", "学校");
        Files.createDirectories(out.resolve("schools/2199020002/charts"));
        Files.createDirectories(out.resolve("disclosures/plan"));
        Files.createSymbolicLink(out.resolve("schools/2199020003"), out.resolve("index.html"));

        for (int threads : new int[] {1, 3}) {
            assertThat(FileStamps.list(out, threads).emptyFolders()).as("on %d threads", threads).containsExactly(
                    out.resolve("disclosures/plan"), out.resolve("disclosures"),
                    out.resolve("schools/2199020002/charts"), out.resolve("schools/2199020002"));
        }
    }

    private void write(String path, String text) throws IOException {
        Files.createDirectories(out.resolve(path).getParent());
        Files.writeString(out.resolve(path), text);
    }
}
