package org.junheng.content;

/**
 * A content file's text as read, with the bytes it was decoded from: a file kept as checked (see
 * {@link CheckedFiles}) is keyed by those bytes, which give the same text every time, rather than
 * by the text encoded again (3 % of a one-school rebuild's samples at 10,000 schools).
 */
record FileText(String text, byte[] bytes) {

    /** The key of this file, named {@code file} (site-relative), among the files kept as checked. */
    String checkedKey(String file) {
        return CheckedFiles.key(file, bytes);
    }
}
