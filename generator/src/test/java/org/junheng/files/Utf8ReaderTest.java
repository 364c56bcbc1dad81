package org.junheng.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each file reads as {@code new String(bytes, UTF_8)} reads it, however long the file before it was. */
class Utf8ReaderTest {

    @TempDir
    Path folder;

    private final Utf8Reader reader = new Utf8Reader();

    private Path file(String name, byte[] bytes) throws IOException {
        return Files.write(folder.resolve(name), bytes);
    }

    @Test
    void eachFileReadsAsItsOwnTextWhateverTheFileBeforeItLeftInTheBuffers() throws IOException {
        String longer = "<p>均衡 balance</p>".repeat(400) + "𠀀";
        String shorter = "<p>学校 ½ é</p>";

        Path longerFile = file("longer.html", longer.getBytes(StandardCharsets.UTF_8));
        assertThat(reader.read(longerFile)).isEqualTo(longer);
        assertThat(reader.read(file("shorter.html", shorter.getBytes(StandardCharsets.UTF_8)))).isEqualTo(shorter);
        assertThat(reader.read(longerFile)).isEqualTo(longer);
        assertThat(reader.read(file("empty.html", new byte[0]))).isEmpty();
        assertThat(reader.capacity()).isGreaterThanOrEqualTo(longer.getBytes(StandardCharsets.UTF_8).length);
    }

    @Test
    void bytesThatAreNotUtf8ReadAsReplacementCharactersAsTheyDoInAString() throws IOException {
        byte[] broken = {'a', (byte) 0xE5, (byte) 0x9D, 'b', (byte) 0xFF, 'c', (byte) 0xC3};

        assertThat(reader.read(file("broken.html", broken))).isEqualTo(new String(broken, StandardCharsets.UTF_8));
    }

    @Test
    void aFilesBytesAreTheFirstOfTheKeptArrayHoweverLongTheFileBeforeItWas() throws IOException {
        byte[] longer = "<p>均衡 balance</p>".repeat(100).getBytes(StandardCharsets.UTF_8);
        byte[] shorter = "<p>学校</p>".getBytes(StandardCharsets.UTF_8);
        reader.bytes(file("longer.html", longer));

        Utf8Reader.Bytes read = reader.bytes(file("shorter.html", shorter));

        assertThat(read.length()).isEqualTo(shorter.length);
        assertThat(java.util.Arrays.copyOf(read.array(), read.length())).isEqualTo(shorter);
    }
}
