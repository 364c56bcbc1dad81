package org.junheng.content;

/**
 * Numbers written in ASCII digits alone, told apart without a regex: a large site reads and
 * publishes millions of such cells, and checking each against a pattern was a visible part of
 * loading and publishing.
 */
public final class AsciiNumbers {

    private AsciiNumbers() {
    }

    /** Whether {@code text} has at least one character from {@code start} to {@code end}, each an ASCII digit. */
    public static boolean digits(String text, int start, int end) {
        if (start >= end) {
            return false;
        }
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code text} from {@code start} is ASCII digits with at most one point, between digits ({@code 1234.5}). */
    public static boolean decimal(String text, int start) {
        int point = text.indexOf('.', start);
        return point < 0 ? digits(text, start, text.length())
                : digits(text, start, point) && digits(text, point + 1, text.length());
    }
}
