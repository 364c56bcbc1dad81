package org.junheng.render;

import java.util.Arrays;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Chinese text inside English pages (school and town names, document titles, values only given in
 * Chinese) must carry {@code lang="zh-CN"} so screen readers switch voice (WCAG 3.1.2). View code
 * marks such a run with two private-use characters; once the page is rendered, each marked run in
 * the text becomes a {@code <span lang="zh-CN">}, and the marks are dropped wherever markup cannot
 * go (inside a tag's attributes, {@code <title>}, {@code <option>}, scripts and SVG).
 */
public final class ChineseRuns {

    static final char OPEN = '\uE000';
    static final char CLOSE = '\uE001';
    private static final String OPEN_TEXT = String.valueOf(OPEN);
    private static final String CLOSE_TEXT = String.valueOf(CLOSE);
    private static final Pattern HAN = Pattern.compile("[\\p{IsHan}\\u3000-\\u303F\\uFF00-\\uFFEF]");
    private static final Pattern RUN = Pattern.compile(
            "[\\p{IsHan}\\u3000-\\u303F\\uFF00-\\uFFEF]([\\p{IsHan}\\u3000-\\u303F\\uFF00-\\uFFEF0-9.%·\\s]*[\\p{IsHan}\\u3000-\\u303F\\uFF00-\\uFFEF])?");
    /** The first character either pattern can match: the CJK radicals come first of the Han blocks. */
    private static final char FIRST_CHINESE = '\u2E80';
    private static final String[] RAW_ELEMENTS = {"title", "option", "script", "style", "textarea", "svg"};
    private static final String[] RAW_CLOSINGS = Arrays.stream(RAW_ELEMENTS).map(name -> "</" + name)
            .toArray(String[]::new);
    private static final String RAW_FIRST_LETTERS = Arrays.stream(RAW_ELEMENTS)
            .map(name -> name.substring(0, 1)).distinct().collect(Collectors.joining());

    private ChineseRuns() {
    }

    /** {@code text} marked as Chinese when it holds any Chinese character; otherwise as it is. */
    public static String mark(String text) {
        if (text == null || text.isEmpty() || !hasChinese(text) || text.indexOf(OPEN) >= 0) {
            return text;
        }
        return OPEN + text + CLOSE;
    }

    /**
     * An English text that quotes Chinese (a school's name, a value the county reported) with each
     * Chinese run marked; brackets and separators between Chinese characters belong to the run.
     */
    public static String markRuns(String text) {
        if (text == null || text.indexOf(OPEN) >= 0 || allBelowChinese(text)) {
            return text;
        }
        return RUN.matcher(text).replaceAll(run -> OPEN + java.util.regex.Matcher.quoteReplacement(run.group()) + CLOSE);
    }

    /** True when {@code text} holds a Chinese character or a full-width punctuation mark. */
    public static boolean hasChinese(String text) {
        return !allBelowChinese(text) && HAN.matcher(text).find();
    }

    /** True when every character comes before the CJK blocks: most English text, told apart without a regex. */
    private static boolean allBelowChinese(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= FIRST_CHINESE) {
                return false;
            }
        }
        return true;
    }

    /** True if the rendered page has a mark to resolve: an English page that quotes Chinese. */
    static boolean marked(StringBuilder html) {
        return html.indexOf(OPEN_TEXT) >= 0 || html.indexOf(CLOSE_TEXT) >= 0;
    }

    /**
     * Appends to {@code out} the rendered page with every marked run in text turned into a span and
     * every other mark removed. Only the marks are visited, each after finding whether it stands in
     * text: the page is crossed from tag to tag with {@code indexOf}, and a chart or other raw element
     * in one step, rather than a character at a time (charts are most of a profile's characters). The
     * page is read where it was rendered and written into a builder kept from page to page: copying it
     * into a string and growing a fresh builder was a sixth of what a cold build allocated.
     */
    static void resolve(StringBuilder html, StringBuilder out) {
        int open = html.indexOf(OPEN_TEXT);
        int close = html.indexOf(CLOSE_TEXT);
        Markup markup = new Markup(html);
        int copied = 0;
        while (open >= 0 || close >= 0) {
            boolean opens = close < 0 || open >= 0 && open < close;
            int mark = opens ? open : close;
            out.append(html, copied, mark);
            copied = mark + 1;
            if (markup.isTextAt(mark)) {
                out.append(opens ? "<span lang=\"zh-CN\">" : "</span>");
            }
            if (opens) {
                open = html.indexOf(OPEN_TEXT, mark + 1);
            } else {
                close = html.indexOf(CLOSE_TEXT, mark + 1);
            }
        }
        out.append(html, copied, html.length());
    }

    /** Where a page is read up to, and whether that place is inside a tag or a raw element. */
    private static final class Markup {

        private static final int NONE = Integer.MAX_VALUE;
        private static final int UNKNOWN = -1;

        private final StringBuilder html;
        private int position;
        private boolean inTag;
        private String rawElement; // its closing tag's start, as "</svg"
        /** Where the next character that changes the state stands, once looked for: marks may follow before it. */
        private int next = UNKNOWN;

        Markup(StringBuilder html) {
            this.html = html;
        }

        /** True if {@code at} (at or after the last place asked about) is in text, not in a tag or raw element. */
        boolean isTextAt(int at) {
            while (true) {
                if (next == UNKNOWN) {
                    next = found(rawElement != null ? html.indexOf(rawElement, position)
                            : inTag ? nextOf("<", ">") : html.indexOf("<", position));
                }
                if (next > at) {
                    return rawElement == null && !inTag;
                }
                if (rawElement != null) {
                    rawElement = null;
                    inTag = true; // the "<" of its closing tag
                } else if (html.charAt(next) == '>') {
                    inTag = false;
                } else {
                    inTag = true;
                    rawElement = opensRawElement(html, next);
                }
                position = next + 1;
                next = UNKNOWN;
            }
        }

        private static int found(int index) {
            return index < 0 ? NONE : index;
        }

        private int nextOf(String first, String second) {
            int a = html.indexOf(first, position);
            int b = html.indexOf(second, position);
            return a < 0 ? b : b < 0 ? a : Math.min(a, b);
        }
    }

    /** The closing tag's start ({@code "</svg"}) of the raw element opened at {@code at}, or null. */
    private static String opensRawElement(StringBuilder html, int at) {
        // most tags (div, a, li…) begin with none of the raw elements' letters: told at one look
        if (at + 1 >= html.length() || RAW_FIRST_LETTERS.indexOf(html.charAt(at + 1)) < 0) {
            return null;
        }
        for (int i = 0; i < RAW_ELEMENTS.length; i++) {
            String name = RAW_ELEMENTS[i];
            int end = at + 1 + name.length();
            if (end < html.length() && startsWith(html, name, at + 1)
                    && (html.charAt(end) == '>' || Character.isWhitespace(html.charAt(end)))) {
                return RAW_CLOSINGS[i];
            }
        }
        return null;
    }

    private static boolean startsWith(StringBuilder html, String prefix, int at) {
        for (int i = 0; i < prefix.length(); i++) {
            if (html.charAt(at + i) != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
