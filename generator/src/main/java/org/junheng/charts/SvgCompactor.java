package org.junheng.charts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junheng.files.KeptPerThread;

/**
 * Makes JFreeSVG's output about half as long without changing what it draws. JFreeSVG writes the
 * full style of every element inline (the font stack alone on every label) and clips every
 * element to the whole chart, which the SVG viewport does anyway; a school's profile carried
 * over 100 KB of this, most of its weight on a phone. Styles used more than once become classes
 * scoped to the chart's id, the clip to the whole chart is dropped, and so is JFreeSVG's own
 * namespace, which nothing in the drawing uses and HTML does not allow. A clip that consecutive
 * elements share moves to a group around them ({@link SharedClips}).
 *
 * <p>Every change is found in JFreeSVG's text first and then made in one copy: the charts of a
 * national site are tens of thousands, and making each change on a fresh copy of the drawing
 * was most of what drawing them allocated.
 */
final class SvgCompactor {

    private static final Pattern CSS_ID = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*");
    private static final String JFREESVG_NAMESPACE = " xmlns:jfreesvg='http://www.jfree.org/jfreesvg/svg'";
    private static final String EMPTY_DEFS = "<defs></defs>";
    private static final String STYLE = " style='";
    /**
     * Each thread's buffer for the compacted copy, kept from one chart to the next: a fresh one sized
     * to the drawing was copied once more at the title's first Chinese character.
     */
    private static final KeptPerThread<StringBuilder> COPY = KeptPerThread.builders(1 << 15, 1 << 20);

    private SvgCompactor() {
    }

    /** Replaces the text from {@code start} to {@code end} with {@code text}; edits do not overlap. */
    record Edit(int start, int end, String text) {
    }

    /** {@code svg} drawn by JFreeSVG with element ids prefixed by {@code id}, on a canvas of the given size. */
    static String compact(String svg, String id, int width, int height) {
        return compact(svg, id, width, height, "", "");
    }

    /**
     * The same, with {@code attributes} added to the {@code <svg>} element and {@code firstChildren}
     * put first inside it, in the same copy: a second copy to add them was a tenth of what drawing
     * the charts allocated.
     */
    static String compact(String svg, String id, int width, int height, String attributes, String firstChildren) {
        List<Edit> edits = new ArrayList<>();
        removeAll(svg, JFREESVG_NAMESPACE, edits);
        Optional<String> canvasClip = removeWholeCanvasClip(svg, width, height, edits);
        int openingEnd = svg.indexOf('>');
        if (!attributes.isEmpty()) {
            edits.add(new Edit(openingEnd, openingEnd, attributes));
        }
        if (!firstChildren.isEmpty()) {
            edits.add(new Edit(openingEnd + 1, openingEnd + 1, firstChildren));
        }
        styleClasses(svg, id, edits);
        // after the first children and the styles: a group opened where they are inserted goes after them
        edits.addAll(SharedClips.edits(svg, canvasClip));
        if (edits.isEmpty()) {
            return svg;
        }
        // an insertion sorts before a removal that starts where it stands, which leaves the same text;
        // insertions at one place keep the order they were added in (the first children before the styles)
        edits.sort(Comparator.comparingInt(Edit::start).thenComparingInt(Edit::end));
        StringBuilder out = COPY.get();
        out.setLength(0);
        int copied = 0;
        for (Edit edit : edits) {
            out.append(svg, copied, edit.start()).append(edit.text());
            copied = edit.end();
        }
        String compacted = out.append(svg, copied, svg.length()).toString();
        COPY.keep(out);
        return compacted;
    }

    private static void removeAll(String svg, String text, List<Edit> edits) {
        for (int at = svg.indexOf(text); at >= 0; at = svg.indexOf(text, at + text.length())) {
            edits.add(new Edit(at, at + text.length(), ""));
        }
    }

    /**
     * Drops the definition of the first clip to the whole canvas and every use of it, and then
     * any {@code <defs>} left empty; returns that clip's id.
     */
    private static Optional<String> removeWholeCanvasClip(String svg, int width, int height, List<Edit> edits) {
        String canvas = "'><path d='M0,0L" + width + ",0L" + width + "," + height + "L0," + height
                + "L0,0Z'/></clipPath>";
        String opening = "<clipPath id='";
        for (int end = svg.indexOf(canvas); end >= 0; end = svg.indexOf(canvas, end + 1)) {
            int start = svg.lastIndexOf(opening, end);
            if (start < 0) {
                continue;
            }
            String clip = svg.substring(start + opening.length(), end);
            if (clip.isEmpty() || clip.indexOf('\'') >= 0) {
                continue; // not the id of the clip this path closes
            }
            int definitionEnd = end + canvas.length();
            boolean onlyDefinition = svg.startsWith("<defs>", start - "<defs>".length())
                    && svg.startsWith("</defs>", definitionEnd);
            if (onlyDefinition) { // its <defs> would be left empty
                edits.add(new Edit(start - "<defs>".length(), definitionEnd + "</defs>".length(), ""));
            } else {
                edits.add(new Edit(start, definitionEnd, ""));
            }
            removeAll(svg, " clip-path='url(#" + clip + ")'", edits);
            removeAll(svg, EMPTY_DEFS, edits);
            return Optional.of(clip);
        }
        return Optional.empty();
    }

    /** Where one {@code style='…'} attribute stands, its leading space included, and its value. */
    private record StyleAttribute(int start, int end, String style) {
    }

    /** Every {@code style='…'} attribute of the drawing in order, found without a regex: charts are many and long. */
    private static List<StyleAttribute> styleAttributes(String svg) {
        List<StyleAttribute> found = new ArrayList<>();
        for (int start = svg.indexOf(STYLE); start >= 0; start = svg.indexOf(STYLE, start + 1)) {
            int value = start + STYLE.length();
            int close = svg.indexOf('\'', value);
            if (close < 0) {
                break;
            }
            found.add(new StyleAttribute(start, close + 1, svg.substring(value, close)));
            start = close;
        }
        return found;
    }

    /** Turns each style used more than once into a class, defined in a {@code <style>} first in the drawing. */
    private static void styleClasses(String svg, String id, List<Edit> edits) {
        if (!CSS_ID.matcher(id).matches()) {
            return; // the scoping selector could not name this chart
        }
        List<StyleAttribute> attributes = styleAttributes(svg);
        Map<String, Integer> uses = new LinkedHashMap<>();
        for (StyleAttribute attribute : attributes) {
            uses.merge(attribute.style(), 1, Integer::sum);
        }
        Map<String, String> classes = new LinkedHashMap<>();
        StringBuilder css = new StringBuilder("<style>");
        uses.forEach((style, count) -> {
            if (count > 1) {
                String name = "s" + classes.size();
                classes.put(style, name);
                // JFreeSVG escapes quotes for an attribute; element text may hold them as they are
                css.append('#').append(id).append(" .").append(name).append('{')
                        .append(style.replace("&quot;", "\"")).append('}');
            }
        });
        if (classes.isEmpty()) {
            return;
        }
        for (StyleAttribute attribute : attributes) {
            String name = classes.get(attribute.style());
            if (name != null) {
                edits.add(new Edit(attribute.start(), attribute.end(), " class='" + name + "'"));
            }
        }
        int contentStart = svg.indexOf('>') + 1;
        edits.add(new Edit(contentStart, contentStart, css.append("</style>").toString()));
    }
}
