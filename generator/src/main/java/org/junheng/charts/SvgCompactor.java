package org.junheng.charts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Makes JFreeSVG's output about half as long without changing what it draws. JFreeSVG writes the
 * full style of every element inline (the font stack alone on every label) and clips every
 * element to the whole chart, which the SVG viewport does anyway; a school's profile carried
 * over 100 KB of this, most of its weight on a phone. Styles used more than once become classes
 * scoped to the chart's id, and the clip to the whole chart is dropped.
 */
final class SvgCompactor {

    private static final Pattern CSS_ID = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*");

    private SvgCompactor() {
    }

    /** {@code svg} drawn by JFreeSVG with element ids prefixed by {@code id}, on a canvas of the given size. */
    static String compact(String svg, String id, int width, int height) {
        return styleClasses(withoutWholeCanvasClip(svg, width, height), id);
    }

    private static String withoutWholeCanvasClip(String svg, int width, int height) {
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
            String withoutDefinition = svg.substring(0, start) + svg.substring(end + canvas.length());
            return withoutDefinition.replace(" clip-path='url(#" + clip + ")'", "").replace("<defs></defs>", "");
        }
        return svg;
    }

    /** Where one {@code style='…'} attribute stands, its leading space included, and its value. */
    private record StyleAttribute(int start, int end, String style) {
    }

    /** Every {@code style='…'} attribute of the drawing in order, found without a regex: charts are many and long. */
    private static List<StyleAttribute> styleAttributes(String svg) {
        String opening = " style='";
        List<StyleAttribute> found = new ArrayList<>();
        for (int start = svg.indexOf(opening); start >= 0; start = svg.indexOf(opening, start + 1)) {
            int value = start + opening.length();
            int close = svg.indexOf('\'', value);
            if (close < 0) {
                break;
            }
            found.add(new StyleAttribute(start, close + 1, svg.substring(value, close)));
            start = close;
        }
        return found;
    }

    private static String styleClasses(String svg, String id) {
        if (!CSS_ID.matcher(id).matches()) {
            return svg; // the scoping selector could not name this chart
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
            return svg;
        }
        css.append("</style>");
        StringBuilder out = new StringBuilder(svg.length());
        int copied = 0;
        for (StyleAttribute attribute : attributes) {
            String name = classes.get(attribute.style());
            if (name != null) {
                out.append(svg, copied, attribute.start()).append(" class='").append(name).append('\'');
                copied = attribute.end();
            }
        }
        out.append(svg, copied, svg.length());
        int contentStart = out.indexOf(">") + 1;
        return out.insert(contentStart, css).toString();
    }
}
