package org.junheng.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputTreeTest {

    @TempDir
    Path out;

    @Test
    void aPathIsAFileAFolderOrMissingWhetherTheTreeIsListedOrWalked() throws IOException {
        Files.createDirectories(out.resolve("schools/2199010001"));
        Files.writeString(out.resolve("schools/2199010001/index.html"), "<p>");
        Files.writeString(out.resolve("index.html"), "<p>");
        Files.createDirectories(out.resolve("empty"));

        OutputTree listed = OutputTree.of(out, new TreeSet<>(List.of("index.html",
                "schools/2199010001/index.html")));
        for (OutputTree tree : List.of(listed, OutputTree.of(out))) {
            assertThat(tree.kind("index.html")).isEqualTo(OutputTree.Kind.FILE);
            assertThat(tree.kind("schools/2199010001/index.html")).isEqualTo(OutputTree.Kind.FILE);
            assertThat(tree.kind("schools/2199010001/")).isEqualTo(OutputTree.Kind.FOLDER);
            assertThat(tree.kind("schools/2199010001")).isEqualTo(OutputTree.Kind.FOLDER);
            assertThat(tree.kind("schools")).isEqualTo(OutputTree.Kind.FOLDER);
            assertThat(tree.kind("")).isEqualTo(OutputTree.Kind.FOLDER);
            assertThat(tree.kind("schools/2199010")).as("a prefix of a folder's name").isEqualTo(OutputTree.Kind.MISSING);
            assertThat(tree.kind("schools/2199010001/index.htm")).isEqualTo(OutputTree.Kind.MISSING);
            assertThat(tree.kind("nowhere/")).isEqualTo(OutputTree.Kind.MISSING);
            // spelt in a way no listing holds: the file system answers
            assertThat(tree.kind("schools//2199010001/index.html")).isEqualTo(OutputTree.Kind.FILE);
            assertThat(tree.kind("schools//2199010001/")).isEqualTo(OutputTree.Kind.FOLDER);
        }
        assertThat(OutputTree.of(out).kind("empty")).as("a folder with no file, walked").isEqualTo(OutputTree.Kind.FOLDER);
    }
}
