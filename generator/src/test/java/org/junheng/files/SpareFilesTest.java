package org.junheng.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpareFilesTest {

    private static final List<String> PUBLISHED = List.of("a/index.html", "a/old.csv", "b/index.html", "b/c/x.csv",
            "index.html");

    @TempDir
    Path temp;

    private Path published;
    private Path staging;

    /** A published output and a staging folder whose spare files are hard links to all but {@code b/index.html}. */
    @BeforeEach
    void spareFolder() throws IOException {
        published = temp.resolve("out");
        staging = temp.resolve("staging");
        Map<String, String> stamps = new TreeMap<>();
        BitSet present = new BitSet();
        for (String path : PUBLISHED) {
            Path file = published.resolve(path);
            Files.createDirectories(file.getParent());
            Files.writeString(file, path);
            stamps.put(path, "stamp");
        }
        KeyTable table = KeyTable.of(stamps);
        for (String path : PUBLISHED) {
            if (!path.equals("b/index.html")) {
                Path spare = staging.resolve(path);
                Files.createDirectories(spare.getParent());
                Files.createLink(spare, published.resolve(path));
                present.set(table.indexOf(path));
            }
        }
        SpareFiles.register(staging, published, table, present);
    }

    @AfterEach
    void forget() {
        SpareFiles.forget(staging);
    }

    @Test
    void theSpareTwinOfTheFileCarriedOverStaysAndAnyOtherIsDeletedFirst() throws IOException {
        assertThat(SpareFiles.reuse(published.resolve("a/index.html"), staging.resolve("a/index.html"))).isTrue();
        assertThat(Files.isSameFile(staging.resolve("a/index.html"), published.resolve("a/index.html"))).isTrue();

        assertThat(SpareFiles.reuse(published.resolve("index.html"), staging.resolve("a/old.csv"))).isFalse();
        assertThat(staging.resolve("a/old.csv")).doesNotExist();
        assertThat(published.resolve("a/old.csv")).hasContent("a/old.csv");

        assertThat(SpareFiles.reuse(published.resolve("b/index.html"), staging.resolve("b/index.html")))
                .as("no spare file there").isFalse();
    }

    @Test
    void aWriterDeletesTheSpareFileOnceAndNeverWritesThroughIt() throws IOException {
        Path file = staging.resolve("index.html");
        SpareFiles.clear(file);
        assertThat(file).doesNotExist();
        Files.writeString(file, "new", StandardCharsets.UTF_8);

        SpareFiles.clear(file);

        assertThat(file).hasContent("new");
        assertThat(published.resolve("index.html")).hasContent("index.html");
    }

    @Test
    void finishingDeletesOnlyTheSpareFilesNoWriterAskedFor() throws IOException {
        SpareFiles.reuse(published.resolve("a/index.html"), staging.resolve("a/index.html"));
        SpareFiles.clear(staging.resolve("index.html"));
        Files.writeString(staging.resolve("index.html"), "new", StandardCharsets.UTF_8);

        SpareFiles.finish(staging);

        assertThat(staging.resolve("a/index.html")).hasContent("a/index.html");
        assertThat(staging.resolve("index.html")).hasContent("new");
        assertThat(staging.resolve("a/old.csv")).doesNotExist();
        assertThat(staging.resolve("b/c/x.csv")).doesNotExist();
        assertThat(published.resolve("a/old.csv")).hasContent("a/old.csv");
    }

    @Test
    void theSpareFilesUnderAFolderOrWhereAFolderMustGoAreDeleted() throws IOException {
        SpareFiles.reuse(published.resolve("b/c/x.csv"), staging.resolve("b/c/x.csv"));

        SpareFiles.clearUnder(staging.resolve("a"));
        assertThat(SpareFiles.clearAncestors(staging.resolve("index.html/page.html"))).isTrue();
        SpareFiles.clearUnder(staging.resolve("b"));

        assertThat(staging.resolve("a/index.html")).doesNotExist();
        assertThat(staging.resolve("a/old.csv")).doesNotExist();
        assertThat(staging.resolve("index.html")).doesNotExist();
        assertThat(staging.resolve("b/c/x.csv")).as("carried over already").exists();
        assertThat(SpareFiles.clearAncestors(staging.resolve("b/c/y.csv"))).isFalse();
    }

    @Test
    void filesOutsideTheStagingFolderAreNotSpare() throws IOException {
        Path elsewhere = temp.resolve("stagingx/index.html");
        Files.createDirectories(elsewhere.getParent());
        Files.writeString(elsewhere, "other");

        SpareFiles.clear(elsewhere);

        assertThat(elsewhere).hasContent("other");
        assertThat(SpareFiles.reuse(published.resolve("index.html"), elsewhere)).isFalse();
    }
}
