package org.junheng.content;

/** Masks a child's name the way notices do: 张*明 for three or more characters, 张* for two. */
public final class NameMask {

    private NameMask() {
    }

    public static String mask(String name) {
        String trimmed = name.strip();
        int length = trimmed.codePointCount(0, trimmed.length());
        if (length == 0) {
            return "";
        }
        String first = new String(Character.toChars(trimmed.codePointAt(0)));
        if (length <= 2) {
            return first + "*";
        }
        String last = new String(Character.toChars(trimmed.codePointBefore(trimmed.length())));
        return first + "*" + last;
    }
}
