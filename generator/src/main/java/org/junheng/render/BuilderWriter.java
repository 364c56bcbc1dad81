package org.junheng.render;

import java.io.Writer;

/**
 * A writer into a {@link StringBuilder}. {@link java.io.StringWriter} writes into a
 * {@code StringBuffer}, which takes a lock on each of the thousands of writes a template makes.
 */
final class BuilderWriter extends Writer {

    private final StringBuilder text;

    BuilderWriter(StringBuilder text) {
        this.text = text;
    }

    @Override
    public void write(int c) {
        text.append((char) c);
    }

    @Override
    public void write(char[] chars, int offset, int length) {
        text.append(chars, offset, length);
    }

    @Override
    public void write(String string) {
        text.append(string);
    }

    /**
     * Appends the whole string at once where it can: on JDK 17 appending part of a string to a builder
     * that holds Chinese copies it a character at a time, and the template engine writes whole strings
     * this way (an escaped value with nothing to escape), about three times as slowly.
     */
    @Override
    public void write(String string, int offset, int length) {
        if (offset == 0 && length == string.length()) {
            text.append(string);
        } else {
            text.append(string, offset, offset + length);
        }
    }

    @Override
    public Writer append(CharSequence chars) {
        text.append(chars);
        return this;
    }

    @Override
    public Writer append(CharSequence chars, int start, int end) {
        text.append(chars, start, end);
        return this;
    }

    @Override
    public Writer append(char c) {
        text.append(c);
        return this;
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }
}
