package org.junheng.content;

/**
 * A content file's text as read, with the bytes it was decoded from: a file kept as checked (see
 * {@link CheckedFiles}) is keyed by those bytes, which give the same text every time, rather than
 * by the text encoded again (about a second of CPU at 10,000 schools, most of it Chinese).
 */
record FileText(String text, byte[] bytes) {

    /** The key of this file, named {@code file} (site-relative), among the files kept as checked. */
    String checkedKey(String file) {
        return CheckedFiles.key(file, bytes);
    }
}
