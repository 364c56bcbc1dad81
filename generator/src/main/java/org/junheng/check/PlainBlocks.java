package org.junheng.check;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import org.junheng.files.KeptPerThread;

/**
 * Takes out of a page the blocks that hold nothing the output scan looks for: inline SVGs of
 * drawing elements only, and tables of cells and text only — plain attributes, no link, no load,
 * no script, no comment, no nested SVG. Only their ids matter to the scan, and they are kept. The
 * charts and QR codes are most of a profile's elements, and its tables of figures half of the rest;
 * parsing them was most of the scan's time. What is left is parsed as before, and a block this
 * class does not recognise is left in the page for the parser.
 *
 * <p>A block counts only if its tags nest properly within it and none of its text could end a
 * comment or reach a style sheet ({@code url(} other than to an id of the page, {@code @import}),
 * so that taking it out of a comment, a script or a {@code <style>} element changes nothing the
 * scan reads either. A table's tags must be what an HTML parser reads the same way: lower case,
 * end tags for all but {@code <br>} and {@code <col>}, no self-closing slash on other elements.
 * The scan guards against mistakes in templates, not against a theme written to evade it (an
 * inline script could load anything), and markup that puts a raw block inside an attribute value
 * is left to that assumption.
 */
final class PlainBlocks {

    /**
     * The elements and attributes a block of one kind may have, those of its elements that have no
     * end tag, and whether {@code />} closes any element (as in SVG) or only those (as in HTML).
     */
    private record Markup(String root, Names elements, Names attributes, Set<String> empty, boolean selfClosing) {

        boolean closes(String element) {
            return selfClosing || empty.contains(element);
        }
    }

    private static final Markup SVG = new Markup("svg", new Names("svg", "g", "defs", "clipPath", "title", "desc",
            "style", "line", "path", "rect", "circle", "ellipse", "polyline", "polygon", "text", "tspan"),
            new Names("id", "class", "style", "xmlns", "xmlns:xlink", "viewBox",
            "role", "aria-label", "aria-labelledby", "aria-hidden", "focusable", "x", "y", "x1", "y1", "x2", "y2",
            "cx", "cy", "r", "rx", "ry", "d", "points", "width", "height", "transform", "clip-path", "clipPathUnits",
            "fill", "fill-rule", "fill-opacity", "stroke", "stroke-width", "stroke-opacity", "stroke-linecap",
            "stroke-linejoin", "stroke-miterlimit", "stroke-dasharray", "opacity", "shape-rendering",
            "text-rendering", "text-anchor", "dominant-baseline", "font-family", "font-size", "font-weight",
            "preserveAspectRatio"), Set.of(), true);

    private static final Markup TABLE = new Markup("table", new Names("table", "caption", "colgroup", "col", "thead",
            "tbody", "tfoot", "tr", "th", "td", "span", "small", "strong", "em", "b", "i", "abbr", "time", "sup", "sub",
            "br"), new Names("id", "class", "scope", "colspan", "rowspan", "headers", "lang", "dir", "title", "datetime",
            "role", "aria-label", "aria-labelledby", "aria-describedby", "aria-hidden"), Set.of("br", "col"), false);

    /** An array, not a list: iterating a list for every {@code &} of every chart's styles was 4 % of a cold build. */
    private static final String[] MARKUP_REFERENCES = {"&quot;", "&apos;", "&amp;", "&lt;", "&gt;"};
    /** Each thread's buffer for the text of a page, kept from one page to the next. */
    private static final KeptPerThread<StringBuilder> TEXT = KeptPerThread.builders(1 << 14, 1 << 20);
    /** The characters but {@code @} that {@link Block#plain} looks closer at, one bit each (all below 64). */
    private static final long MAY_BEGIN_MARKUP = 1L << '<' | 1L << '-' | 1L << '(' | 1L << '&';

    private PlainBlocks() {
    }

    /**
     * Names by their hash code, which a name in the page is looked up by without being copied out of
     * it — nor its hash boxed, as a map's key would be for every tag and attribute of every page.
     */
    private static final class Names {

        private final int[] hashes;
        private final String[] names;

        Names(String... names) {
            String[] sorted = names.clone();
            Arrays.sort(sorted, Comparator.comparingInt(String::hashCode));
            this.hashes = Arrays.stream(sorted).mapToInt(String::hashCode).toArray();
            this.names = sorted;
            for (int i = 1; i < hashes.length; i++) {
                if (hashes[i] == hashes[i - 1]) {
                    throw new IllegalStateException("two names share a hash code: " + sorted[i]);
                }
            }
        }

        /** The name of this hash code, or null. */
        String get(int hash) {
            int at = Arrays.binarySearch(hashes, hash);
            return at < 0 ? null : names[at];
        }
    }

    /**
     * A page with its plain blocks taken out, and the ids those blocks held.
     *
     * @param text the page's text but its plain blocks
     */
    record Stripped(String text, List<String> ids) {
    }

    /**
     * The page whose UTF-8 bytes are the first {@code length} of {@code bytes}, its plain blocks taken
     * out before it is decoded: they are about three quarters of a profile's bytes, and decoding whole
     * pages was a tenth of the scan. The blocks are found in the bytes read as Latin-1, one character a
     * byte: markup is ASCII, which UTF-8 never uses inside another character, so every tag, attribute
     * and quote stands where it does in the text, and the search for them is the JDK's fast one of
     * a byte string.
     */
    static Stripped strip(byte[] bytes, int length) {
        String page = new String(bytes, 0, length, StandardCharsets.ISO_8859_1);
        StringBuilder text = TEXT.get();
        text.setLength(0);
        List<String> ids = new ArrayList<>();
        int keptFrom = 0;
        int from = 0;
        int svg = page.indexOf("<svg");
        int table = page.indexOf("<table");
        while (svg >= 0 || table >= 0) {
            boolean drawing = table < 0 || svg >= 0 && svg < table;
            int start = drawing ? svg : table;
            List<String> blockIds = new ArrayList<>();
            int end = new Block(page, bytes, drawing ? SVG : TABLE, blockIds).end(start);
            if (end < 0) {
                from = start + 1;
            } else {
                decode(bytes, keptFrom, start, text);
                ids.addAll(blockIds);
                keptFrom = end;
                from = end;
            }
            svg = svg >= 0 && svg < from ? page.indexOf("<svg", from) : svg;
            table = table >= 0 && table < from ? page.indexOf("<table", from) : table;
        }
        decode(bytes, keptFrom, length, text);
        Stripped stripped = new Stripped(text.toString(), ids);
        TEXT.keep(text);
        return stripped;
    }

    /**
     * Appends the text of the bytes from {@code from} to {@code to}, decoded on their own: bytes
     * that are not UTF-8 at either end read as U+FFFD, as they do in the whole page, and never
     * join the bytes of the next part kept into a character the page does not have.
     */
    private static void decode(byte[] bytes, int from, int to, StringBuilder text) {
        text.append(new String(bytes, from, to - from, StandardCharsets.UTF_8));
    }

    /** One candidate block, read from its {@code <svg} or {@code <table}; {@link #end} is −1 as soon as anything is not plain. */
    private static final class Block {

        /** The page's bytes as Latin-1 text, searched for markup. */
        private final String html;
        /** The page's bytes, read a byte at a time: most of them are a chart's path data. */
        private final byte[] bytes;
        /** How many of {@link #bytes} are the page's. */
        private final int length;
        private final Markup markup;
        private final List<String> ids;
        private final Deque<String> open = new ArrayDeque<>();
        private int at;

        Block(String html, byte[] bytes, Markup markup, List<String> ids) {
            this.html = html;
            this.bytes = bytes;
            this.length = html.length();
            this.markup = markup;
            this.ids = ids;
        }

        /** Where the block that starts at {@code start} ends (after its {@code </svg>} or {@code </table>}), or −1. */
        int end(int start) {
            at = start;
            while (at < length) {
                if (bytes[at] != '<') {
                    if (!text()) {
                        return -1;
                    }
                } else if (at + 1 < length && bytes[at + 1] == '/') {
                    if (!endTag()) {
                        return -1;
                    }
                    if (open.isEmpty()) {
                        return at;
                    }
                } else if (!startTag(open.isEmpty())) {
                    return -1;
                }
            }
            return -1;
        }

        private boolean text() {
            int next = html.indexOf('<', at);
            int end = next < 0 ? html.length() : next;
            boolean plain = plain(at, end, "style".equals(open.peek()));
            at = end;
            return plain;
        }

        private boolean endTag() {
            at += 2;
            String name = name(markup.elements());
            skipSpace();
            if (name == null || at >= length || bytes[at] != '>' || !name.equals(open.peek())) {
                return false;
            }
            open.pop();
            at++;
            return true;
        }

        private boolean startTag(boolean first) {
            at++;
            String name = name(markup.elements());
            if (name == null || name.equals(markup.root()) != first) {
                return false;
            }
            boolean hasId = false;
            while (true) {
                int before = at;
                skipSpace();
                if (at >= length) {
                    return false;
                }
                if (bytes[at] == '>') {
                    at++;
                    if (!markup.empty().contains(name)) {
                        open.push(name);
                    }
                    return true;
                }
                if (bytes[at] == '/' && at + 1 < length && bytes[at + 1] == '>') {
                    at += 2;
                    return !first && markup.closes(name);
                }
                String attribute = name(markup.attributes());
                if (at == before || attribute == null) { // no space before it, or not a plain one
                    return false;
                }
                skipSpace();
                if (at >= length || bytes[at] != '=') {
                    return false;
                }
                at++;
                skipSpace();
                if (at >= length || bytes[at] != '"' && bytes[at] != '\'') {
                    return false;
                }
                int from = at + 1;
                int to = html.indexOf(bytes[at], from);
                if (to < 0 || !plain(from, to, attribute.equals("style"))) {
                    return false;
                }
                at = to + 1;
                if (attribute.equals("id")) {
                    String id = new String(bytes, from, to - from, StandardCharsets.UTF_8);
                    // a NUL is left to the parser, which reads it as U+FFFD, as a browser does
                    if (hasId || id.indexOf('&') >= 0 || id.indexOf('\0') >= 0) {
                        return false;
                    }
                    hasId = true;
                    ids.add(id);
                }
            }
        }

        /**
         * True if the text from {@code from} to {@code to} holds no markup and cannot end a comment
         * or reach a style sheet: no {@code <}, no {@code -->} or {@code --!>}, no {@code @import},
         * every {@code url(} to an id of the page, and, if it is CSS, only the character references
         * that stand for markup characters (no other reference can then spell either where the scan
         * reads the CSS decoded). One pass, which looks closer only at the few characters that can
         * begin any of these: a chart's path data is most of the characters the scan reads.
         */
        private boolean plain(int from, int to, boolean css) {
            for (int i = from; i < to; i++) {
                int c = bytes[i] & 0xFF;
                if (c != '@' && (c >= 64 || (MAY_BEGIN_MARKUP >>> c & 1) == 0)) {
                    continue;
                }
                switch (c) {
                    case '<' -> {
                        return false;
                    }
                    case '-' -> {
                        // a minus sign is common in path data: the second '-' is looked for first
                        if (i + 1 < length && bytes[i + 1] == '-'
                                && (html.startsWith("-->", i) || html.startsWith("--!>", i))) {
                            return false;
                        }
                    }
                    case '@' -> {
                        if (html.regionMatches(true, i, "@import", 0, 7)) {
                            return false;
                        }
                    }
                    case '(' -> {
                        // as common ("rgb(", "translate("): an 'l' or 'L' before it is looked for first
                        if (i - from >= 3 && (bytes[i - 1] | 0x20) == 'l'
                                && html.regionMatches(true, i - 3, "url", 0, 3)
                                && (i + 1 >= to || bytes[i + 1] != '#')) {
                            return false;
                        }
                    }
                    default -> { // '&'
                        if (css && !isMarkupReference(i)) {
                            return false;
                        }
                    }
                }
            }
            return true;
        }

        private boolean isMarkupReference(int at) {
            if (at + 1 >= length) {
                return false;
            }
            int name = bytes[at + 1];
            for (String reference : MARKUP_REFERENCES) {
                if (reference.charAt(1) == name && html.startsWith(reference, at)) {
                    return true;
                }
            }
            return false;
        }

        /** The name at the cursor if it is one of {@code known}, without copying it out of the page; else null. */
        private String name(Names known) {
            int start = at;
            int hash = 0;
            while (at < length && isNameCharacter(bytes[at])) {
                hash = 31 * hash + bytes[at];
                at++;
            }
            String name = known.get(hash);
            return name != null && name.length() == at - start && html.startsWith(name, start) ? name : null;
        }

        private void skipSpace() {
            while (at < length && isSpace(bytes[at])) {
                at++;
            }
        }
    }

    private static boolean isNameCharacter(int c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == ':'
                || c == '_';
    }

    private static boolean isSpace(int c) {
        return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f';
    }
}
