package org.junheng.charts;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes JFreeSVG's output about half as long without changing what it draws. JFreeSVG writes the
 * full style of every element inline (the font stack alone on every label) and clips every
 * element to the whole chart, which the SVG viewport does anyway; a school's profile carried
 * over 100 KB of this, most of its weight on a phone. Styles used more than once become classes
 * scoped to the chart's id, and the clip to the whole chart is dropped.
 */
final class SvgCompactor {

    private static final Pattern STYLE = Pattern.compile(" style='([^']*)'");
    private static final Pattern CSS_ID = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*");

    private SvgCompactor() {
    }

    /** {@code svg} drawn by JFreeSVG with element ids prefixed by {@code id}, on a canvas of the given size. */
    static String compact(String svg, String id, int width, int height) {
        return styleClasses(withoutWholeCanvasClip(svg, width, height), id);
    }

    private static String withoutWholeCanvasClip(String svg, int width, int height) {
        String canvas = "M0,0L" + width + ",0L" + width + "," + height + "L0," + height + "L0,0Z";
        Matcher clip = Pattern.compile("<clipPath id='([^']+)'><path d='" + Pattern.quote(canvas) + "'/></clipPath>")
                .matcher(svg);
        if (!clip.find()) {
            return svg;
        }
        String withoutDefinition = svg.substring(0, clip.start()) + svg.substring(clip.end());
        return withoutDefinition.replace(" clip-path='url(#" + clip.group(1) + ")'", "")
                .replace("<defs></defs>", "");
    }

    private static String styleClasses(String svg, String id) {
        if (!CSS_ID.matcher(id).matches()) {
            return svg; // the scoping selector could not name this chart
        }
        Map<String, Integer> uses = new LinkedHashMap<>();
        Matcher styles = STYLE.matcher(svg);
        while (styles.find()) {
            uses.merge(styles.group(1), 1, Integer::sum);
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
        styles = STYLE.matcher(svg);
        int copied = 0;
        while (styles.find()) {
            String name = classes.get(styles.group(1));
            if (name != null) {
                out.append(svg, copied, styles.start()).append(" class='").append(name).append('\'');
                copied = styles.end();
            }
        }
        out.append(svg, copied, svg.length());
        int contentStart = out.indexOf(">") + 1;
        return out.insert(contentStart, css).toString();
    }
}
