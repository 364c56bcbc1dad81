package org.junheng.render;

import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junheng.files.ParentFolders;
import org.junheng.files.Utf8Buffer;

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
    private final Utf8Buffer utf8 = new Utf8Buffer();

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
        ParentFolders.writeAll(file, utf8.encoded(page), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    }
}
