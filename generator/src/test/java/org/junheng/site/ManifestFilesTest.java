package org.junheng.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManifestFilesTest {

    private static final String DIGEST = "0123456789abcdef".repeat(4);

    @TempDir
    Path temp;

    @Test
    void aManifestReadsBackAsWrittenAndOneWithBytesAfterItIsUnreadable() throws IOException {
        BuildCache.Manifest written = new BuildCache.Manifest("environment", "inputs", List.of("attachments/通知.pdf"),
                List.of(), 2, Map.of("index.html", "index.ftlh:" + DIGEST, "en/index.html", "index.ftlh:" + DIGEST),
                Map.of("index.html", "120:1733520000000000000:(dev=1,ino=2)"), DIGEST);
        Path file = temp.resolve("out.manifest");
        ManifestFiles.write(written, Files.newOutputStream(file));

        BuildCache.Manifest read = ManifestFiles.manifest(file);
        assertThat(read.environment()).isEqualTo("environment");
        assertThat(read.attachments()).containsExactly("attachments/通知.pdf");
        assertThat(read.pageCount()).isEqualTo(2);
        assertThat(read.pages()).isEqualTo(written.pages());
        assertThat(read.files()).isEqualTo(written.files());
        assertThat(read.inputKeysDigest()).isEqualTo(DIGEST);

        Files.write(file, new byte[] {0}, StandardOpenOption.APPEND);
        assertThatThrownBy(() -> ManifestFiles.manifest(file)).isInstanceOf(IOException.class)
                .hasMessage("a manifest followed by something else");
    }
}
