package org.junheng.render;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junheng.files.ParentFolders;

/**
 * One worker's page being rendered: its text, and the buffers it is encoded to UTF-8 and written
 * through, all kept from one page to the next. A school's profile is about 50,000 characters; a
 * fresh builder grew to that by copying itself several times, and {@code Files.writeString} made
 * a copy of the text, a byte array three times its length and a copy of that, then wrote it
 * 8 KB at a time. Not safe for use by two threads.
 */
final class PageText {

    /** Buffers grown past this many characters (a page listing every school of a national site) are not kept. */
    private static final int KEPT_CHARACTERS = 1 << 20;

    private final StringBuilder text = new StringBuilder(1 << 16);
    /** The text with its Chinese runs resolved, for an English page that quotes Chinese. */
    private final StringBuilder resolved = new StringBuilder(1 << 16);
    private final CharsetEncoder utf8 = StandardCharsets.UTF_8.newEncoder();
    private char[] characters = new char[0];
    private ByteBuffer bytes = ByteBuffer.allocate(0);

    /** The page's text, emptied for the next page. */
    StringBuilder clear() {
        text.setLength(0);
        return text;
    }

    /** The page's text with its marked Chinese runs resolved (see {@link ChineseRuns#resolve}). */
    StringBuilder resolved() {
        resolved.setLength(0);
        ChineseRuns.resolve(text, resolved);
        return resolved;
    }

    /** True once a page has grown the buffers past what is worth keeping for the next. */
    boolean oversized() {
        return text.capacity() > KEPT_CHARACTERS || resolved.capacity() > KEPT_CHARACTERS;
    }

    /**
     * Writes {@code page} (this object's text, or its text resolved) as UTF-8 to the new file
     * {@code file}, in one write. Like {@code Files.writeString}, a lone surrogate is an error,
     * not a question mark, and the file must not exist: it might be a link to a published one.
     */
    void writeNew(StringBuilder page, Path file) throws IOException {
        ParentFolders.writeAll(file, encoded(page), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    }

    private ByteBuffer encoded(StringBuilder page) throws CharacterCodingException {
        int length = page.length();
        if (characters.length < length) {
            characters = new char[length];
        }
        page.getChars(0, length, characters, 0);
        // no UTF-16 character takes more than three bytes in UTF-8 (a surrogate pair, two characters, takes four)
        int most = Math.multiplyExact(length, 3);
        if (bytes.capacity() < most) {
            bytes = ByteBuffer.allocate(most);
        }
        bytes.clear();
        utf8.reset();
        CharBuffer in = CharBuffer.wrap(characters, 0, length);
        CoderResult result = utf8.encode(in, bytes, true);
        if (!result.isUnderflow()) {
            result.throwException();
        }
        result = utf8.flush(bytes);
        if (!result.isUnderflow()) {
            result.throwException();
        }
        return bytes.flip();
    }
}
