package org.junheng.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The kept buffers encode each text as {@code getBytes} would, however long the text before it was. */
class Utf8BufferTest {

    private final Utf8Buffer utf8 = new Utf8Buffer();

    private static byte[] bytes(ByteBuffer buffer) {
        byte[] bytes = new byte[buffer.remaining()];
        buffer.get(bytes);
        return bytes;
    }

    @Test
    void eachTextIsEncodedAsGetBytesEncodesItWhateverTheTextBeforeItLeftInTheBuffers() throws Exception {
        String longer = "均衡 balance ".repeat(500) + "𠀀 (a character outside the basic plane)";
        String shorter = "<p>学校 ½ é</p>";

        assertThat(bytes(utf8.encoded(longer))).isEqualTo(longer.getBytes(StandardCharsets.UTF_8));
        assertThat(bytes(utf8.encoded(new StringBuilder(shorter)))).isEqualTo(shorter.getBytes(StandardCharsets.UTF_8));
        assertThat(bytes(utf8.encoded(""))).isEmpty();
        assertThat(utf8.capacity()).isGreaterThanOrEqualTo(longer.length());
    }

    @Test
    void aCharacterOutsideTheBasicPlaneIsEncodedWholeWhereverTheTextIsCutForTheEncoder() throws Exception {
        for (int offset = 0; offset < 1_100; offset++) {
            String text = "x".repeat(offset) + "𠀀中文" + "<p>".repeat(200) + "😀";

            assertThat(bytes(utf8.encoded(text))).as("after %d characters", offset)
                    .isEqualTo(text.getBytes(StandardCharsets.UTF_8));
        }
    }

    @Test
    void aLoneSurrogateIsAnErrorNotAQuestionMark() throws Exception {
        assertThatThrownBy(() -> utf8.encoded("a".repeat(511) + "\uD800" + "b".repeat(600)))
                .as("where the text is cut for the encoder").isInstanceOf(CharacterCodingException.class);
        assertThatThrownBy(() -> utf8.encoded("a".repeat(700) + "\uD800"))
                .as("at the end").isInstanceOf(CharacterCodingException.class);
        assertThatThrownBy(() -> utf8.encoded("a\uD800b")).isInstanceOf(CharacterCodingException.class);
        assertThat(bytes(utf8.encoded("ok"))).isEqualTo(new byte[] {'o', 'k'});
    }
}
