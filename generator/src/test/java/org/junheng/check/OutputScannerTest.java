package org.junheng.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputScannerTest {

    @TempDir
    Path out;

    @Test
    void anAnchorOnAFolderLinkIsLookedUpInTheFoldersIndexPage() throws IOException {
        page("index.html", "<a href=\"data/dictionary/#table-schools\">x</a><a href=\"data/dictionary#table-schools\">y</a>");
        page("data/dictionary/index.html", "<h2 id=\"table-schools\">学校名录</h2>");

        assertThat(new OutputScanner().scan(out)).isEmpty();
    }

    @Test
    void aMissingAnchorOnAFolderLinkIsStillReported() throws IOException {
        page("index.html", "<a href=\"data/dictionary/#table-nothing\">x</a>");
        page("data/dictionary/index.html", "<h2 id=\"table-schools\">学校名录</h2>");

        assertThat(new OutputScanner().scan(out)).extracting(p -> p.rule()).containsExactly("output.broken-anchor");
    }

    private void page(String path, String body) throws IOException {
        Path file = out.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "<!DOCTYPE html><html><body>" + body + "</body></html>");
    }
}
