package org.junheng.content;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Text decoded from a content file, with the charset it turned out to be in. Files are
 * UTF-8, with or without BOM; Excel on Chinese Windows writes GBK, which is tried next.
 */
public record DecodedText(String text, String charset) {

    private static final Charset GBK = Charset.forName("GBK");

    /** Empty if the bytes are neither valid UTF-8 nor valid GBK. */
    public static Optional<DecodedText> decode(byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return strict(bytes, 3, StandardCharsets.UTF_8).map(text -> new DecodedText(text, "UTF-8 (BOM)"));
        }
        Optional<String> utf8 = strict(bytes, 0, StandardCharsets.UTF_8);
        if (utf8.isPresent()) {
            return utf8.map(text -> new DecodedText(text, "UTF-8"));
        }
        return strict(bytes, 0, GBK).map(text -> new DecodedText(text, "GBK"));
    }

    private static Optional<String> strict(byte[] bytes, int offset, Charset charset) {
        try {
            return Optional.of(charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
                    .toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
