package org.junheng.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file is written whether its folder is there or not, replaces a file rather than writing into it,
 * and takes the place of an empty folder, never of a file in a folder.
 */
class ParentFoldersTest {

    @TempDir
    Path out;

    @Test
    void aMissingFolderIsMade() throws IOException {
        ParentFolders.write(out.resolve("schools/2199020001/data.json"), bytes("{}"));

        assertThat(out.resolve("schools/2199020001/data.json")).hasContent("{}");
    }

    @Test
    void aFileWrittenAgainHoldsOnlyItsNewBytesHoweverManyCallsItTakes() throws IOException {
        Path file = out.resolve("feeds/schools/2199020001.xml");
        ParentFolders.write(file, bytes("x".repeat(3_000_000)));
        ParentFolders.write(file, bytes("y".repeat(2_500_000) + "z"));

        assertThat(file).hasContent("y".repeat(2_500_000) + "z");
    }

    @Test
    void aFileWrittenAgainIsReplacedNotWrittenIntoSoAHardLinkToItKeepsItsBytes() throws IOException {
        Path file = out.resolve("staging/index.html");
        ParentFolders.write(file, bytes("published"));
        Path published = out.resolve("published.html");
        Files.createLink(published, file);

        ParentFolders.write(file, bytes("new"));

        assertThat(file).hasContent("new");
        assertThat(published).hasContent("published");
    }

    @Test
    void anEmptyFolderWhereTheFileGoesGivesWay() throws IOException {
        Files.createDirectories(out.resolve("assets/icons/extra/old"));

        ParentFolders.write(out.resolve("assets/icons/extra"), bytes("<svg/>"));

        assertThat(out.resolve("assets/icons/extra")).isRegularFile().hasContent("<svg/>");
    }

    @Test
    void aFolderWithAFileInItStaysAndTheWriteFails() throws IOException {
        Files.createDirectories(out.resolve("assets/icons/extra/old"));
        Files.writeString(out.resolve("assets/icons/extra/old/mark.svg"), "<svg/>");

        assertThatThrownBy(() -> ParentFolders.write(out.resolve("assets/icons/extra"), bytes("<svg/>")))
                .hasMessageContaining("assets/icons/extra");
        assertThat(out.resolve("assets/icons/extra/old/mark.svg")).hasContent("<svg/>");
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
