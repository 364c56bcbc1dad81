package org.junheng.files;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.StandardCharsets;

/**
 * Texts encoded to UTF-8 in buffers kept from one text to the next, for a thread that writes many
 * files: {@code getBytes} makes a fresh array for every page and chart, and on JDK 17 encodes a
 * text that holds Chinese more slowly than an encoder reading a character array does. Like
 * {@code Files.writeString}, a lone surrogate is an error, not a question mark. Not safe for use by
 * two threads; each encoding is valid until the next.
 */
public final class Utf8Buffer {

    /**
     * How many characters the encoder is given at a time. JDK 17's encoder copies ASCII in a fast
     * loop only up to the first other character, and then goes a character at a time to the end of
     * what it was given: given a window at a time, it copies each window's markup up to its first
     * Chinese character fast again. A school's page encoded in about half the time.
     */
    private static final int WINDOW = 512;

    private final CharsetEncoder utf8 = StandardCharsets.UTF_8.newEncoder();
    private char[] characters = new char[0];
    private ByteBuffer bytes = ByteBuffer.allocate(0);

    public ByteBuffer encoded(String text) throws CharacterCodingException {
        int length = text.length();
        text.getChars(0, length, room(length), 0);
        return encode(length);
    }

    public ByteBuffer encoded(StringBuilder text) throws CharacterCodingException {
        int length = text.length();
        text.getChars(0, length, room(length), 0);
        return encode(length);
    }

    /** How many characters the buffers have room for. */
    public int capacity() {
        return characters.length;
    }

    private char[] room(int length) {
        if (characters.length < length) {
            characters = new char[length];
        }
        // no UTF-16 character takes more than three bytes in UTF-8 (a surrogate pair, two characters, takes four)
        int most = Math.multiplyExact(length, 3);
        if (bytes.capacity() < most) {
            bytes = ByteBuffer.allocate(most);
        }
        return characters;
    }

    private ByteBuffer encode(int length) throws CharacterCodingException {
        bytes.clear();
        utf8.reset();
        CharBuffer text = CharBuffer.wrap(characters, 0, length);
        int end;
        do {
            // a window ending inside a surrogate pair leaves its first half for the next window
            end = Math.min(length, text.position() + WINDOW);
            CoderResult result = utf8.encode(text.limit(end), bytes, end == length);
            if (!result.isUnderflow()) {
                result.throwException();
            }
        } while (end < length);
        CoderResult result = utf8.flush(bytes);
        if (!result.isUnderflow()) {
            result.throwException();
        }
        return bytes.flip();
    }
}
