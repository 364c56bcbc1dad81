package org.junheng.check;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text with its disguises taken off, remembering for every character where it stood in the
 * original, so a finding can still name its line and column. Folding maps full-width and
 * other compatibility forms to plain ones (NFKC) and drops invisible characters; in Markdown
 * it also decodes numeric character references and drops comments and inline tags, which
 * vanish from the published page. {@link #joinDigitGroups(boolean)} then closes up the spaces,
 * hyphens and dots people put between groups of digits.
 */
record FoldedText(String text, int[] origin) {

    private static final Pattern COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);
    private static final Pattern INLINE_TAG = Pattern.compile(
            "</?(?:a|abbr|b|bdi|bdo|code|del|em|font|i|ins|kbd|mark|q|s|samp|small|span|strong|sub|sup|u|var|wbr)"
                    + "\\b[^<>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern NUMERIC_REFERENCE = Pattern.compile("&#(?:[xX]([0-9a-fA-F]{1,6})|(\\d{1,7}));?");
    private static final Pattern NAMED_REFERENCE = Pattern.compile("&([a-zA-Z]+);");
    /** Named references that stand for invisible or space characters; any other name is left as it is. */
    private static final Map<String, String> NAMED = Map.of("nbsp", " ", "ensp", " ", "emsp", " ", "thinsp", " ",
            "zwj", "", "zwnj", "", "ZeroWidthSpace", "", "shy", "", "lrm", "", "rlm", "");
    private static final String SEPARATORS = " \t\n-.\u00b7\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u30fb\u30fc";
    private static final String MARKDOWN_SEPARATORS = "*_~`\\";
    /** More visible separators than this between two digits, and the digits belong to different numbers. */
    private static final int MAX_SEPARATORS = 3;

    static FoldedText of(String raw, boolean markup) {
        if (!markup && isPlainAscii(raw)) {
            int[] identity = new int[raw.length() + 1];
            Arrays.setAll(identity, i -> i);
            return new FoldedText(raw, identity);
        }
        Builder folded = new Builder(raw.length());
        int i = 0;
        while (i < raw.length()) {
            if (markup && raw.charAt(i) == '<') {
                int skipped = skipMarkup(raw, i);
                if (skipped > i) {
                    i = skipped;
                    continue;
                }
            }
            if (markup && raw.charAt(i) == '&') {
                Decoded decoded = reference(raw, i);
                if (decoded != null) {
                    folded.appendFolded(decoded.text(), i);
                    i = decoded.end();
                    continue;
                }
            }
            int codePoint = raw.codePointAt(i);
            folded.appendFolded(new String(Character.toChars(codePoint)), i);
            i += Character.charCount(codePoint);
        }
        return folded.build(raw.length());
    }

    private static boolean isPlainAscii(String raw) {
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c < 0x20 && c != '\n' && c != '\t' || c > 0x7e) {
                return false;
            }
        }
        return true;
    }

    /** Whether a code point is one a reader cannot see: format characters, separators of lines, blank fillers. */
    static boolean isInvisible(int codePoint) {
        return Character.getType(codePoint) == Character.FORMAT || codePoint == 0x2028 || codePoint == 0x2029
                || codePoint == 0x115F || codePoint == 0x1160 || codePoint == 0x3164 || codePoint == 0xFFA0
                || codePoint == 0x2800;
    }

    /**
     * The same text with separators between digits removed: "138 1234-5678" becomes
     * "13812345678". A gap of more than a few visible separators, or a blank line, is a real gap.
     */
    FoldedText joinDigitGroups(boolean markup) {
        Builder joined = new Builder(text.length());
        int i = 0;
        while (i < text.length()) {
            if (isSeparator(text.charAt(i), markup) && i > 0 && isDigit(text.charAt(i - 1))) {
                int end = i;
                int newlines = 0;
                while (end < text.length() && isSeparator(text.charAt(end), markup)) {
                    newlines += text.charAt(end) == '\n' ? 1 : 0;
                    end++;
                }
                if (end < text.length() && isDigit(text.charAt(end)) && end - i <= MAX_SEPARATORS && newlines <= 1) {
                    i = end;
                    continue;
                }
            }
            joined.append(text.charAt(i), origin[i]);
            i++;
        }
        return joined.build(origin[text.length()]);
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isSeparator(char c, boolean markup) {
        return SEPARATORS.indexOf(c) >= 0 || markup && MARKDOWN_SEPARATORS.indexOf(c) >= 0;
    }

    private static int skipMarkup(String raw, int at) {
        Matcher comment = COMMENT.matcher(raw).region(at, raw.length());
        if (comment.lookingAt()) {
            return comment.end();
        }
        Matcher tag = INLINE_TAG.matcher(raw).region(at, raw.length());
        return tag.lookingAt() ? tag.end() : at;
    }

    private record Decoded(String text, int end) {
    }

    private static Decoded reference(String raw, int at) {
        Matcher numeric = NUMERIC_REFERENCE.matcher(raw).region(at, raw.length());
        if (numeric.lookingAt()) {
            int codePoint = numeric.group(1) != null ? Integer.parseInt(numeric.group(1), 16)
                    : Integer.parseInt(numeric.group(2));
            if (Character.isValidCodePoint(codePoint)) {
                return new Decoded(new String(Character.toChars(codePoint)), numeric.end());
            }
            return null;
        }
        Matcher named = NAMED_REFERENCE.matcher(raw).region(at, raw.length());
        if (named.lookingAt() && NAMED.containsKey(named.group(1))) {
            return new Decoded(NAMED.get(named.group(1)), named.end());
        }
        return null;
    }

    /** Folded text under construction, with the origin of every character. */
    private static final class Builder {

        private final StringBuilder text;
        private int[] origin;

        Builder(int capacity) {
            text = new StringBuilder(capacity);
            origin = new int[capacity + 1];
        }

        void append(char c, int from) {
            if (text.length() + 1 >= origin.length) {
                origin = Arrays.copyOf(origin, origin.length * 2 + 2);
            }
            origin[text.length()] = from;
            text.append(c);
        }

        /** Appends the piece with invisible characters dropped and compatibility forms folded (NFKC). */
        void appendFolded(String piece, int from) {
            for (int k = 0; k < piece.length(); ) {
                int codePoint = piece.codePointAt(k);
                k += Character.charCount(codePoint);
                if (isInvisible(codePoint)) {
                    continue;
                }
                String folded = Normalizer.normalize(new String(Character.toChars(codePoint)), Normalizer.Form.NFKC);
                for (int f = 0; f < folded.length(); f++) {
                    append(folded.charAt(f), from);
                }
            }
        }

        FoldedText build(int end) {
            int[] exact = Arrays.copyOf(origin, text.length() + 1);
            exact[text.length()] = end;
            return new FoldedText(text.toString(), exact);
        }
    }
}
