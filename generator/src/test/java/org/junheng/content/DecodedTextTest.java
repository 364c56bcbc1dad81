package org.junheng.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DecodedTextTest {

    private static final String TEXT = "学校标识码,学校名称\n2199020001,青岚县实验小学（㎡）\n";

    @Test
    void readsUtf8() {
        assertThat(DecodedText.decode(TEXT.getBytes(StandardCharsets.UTF_8)))
                .contains(new DecodedText(TEXT, "UTF-8"));
    }

    @Test
    void readsUtf8WithByteOrderMarkAndDropsTheMark() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = TEXT.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, bytes, 0, 3);
        System.arraycopy(body, 0, bytes, 3, body.length);

        assertThat(DecodedText.decode(bytes)).contains(new DecodedText(TEXT, "UTF-8 (BOM)"));
    }

    @Test
    void readsGbkAsExcelOnChineseWindowsWritesIt() {
        assertThat(DecodedText.decode(TEXT.getBytes(Charset.forName("GBK"))))
                .contains(new DecodedText(TEXT, "GBK"));
    }

    @Test
    void rejectsBytesThatAreNeitherUtf8NorGbk() {
        assertThat(DecodedText.decode(new byte[] {(byte) 0xFF, (byte) 0xFF, (byte) 0x80})).isEmpty();
    }
}
