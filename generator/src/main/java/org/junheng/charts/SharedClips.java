package org.junheng.charts;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * Moves a clip that consecutive elements of a drawing each name to one group around them. JFreeSVG
 * names the plot's clip on every grid line, data line, marker and label it clips, each time with
 * the chart's full id: about a fifth of a school's charts, a tenth of its page on a phone.
 *
 * <p>An element's clip is laid out in its own user space, which is its parent's unless it has a
 * {@code transform}. So the clip moves only from elements without one, to a group without one,
 * and only from a run of the drawing's own children that each are clipped by it: an element that
 * names it, or a group (of one element, as JFreeSVG draws a label) whose every child names it. Any
 * other markup (a comment, a declaration, tags that do not nest) leaves the drawing as it is.
 */
final class SharedClips {

    private SharedClips() {
    }

    /** One element of the drawing: where it stands, its clip attribute if it names one, and its children. */
    private static final class Element {
        final String name;
        final int start;
        int end;
        final boolean transformed;
        final String clip;
        final int clipStart;
        final int clipEnd;
        final List<Element> children = new ArrayList<>();

        Element(String name, int start, boolean transformed, String clip, int clipStart, int clipEnd) {
            this.name = name;
            this.start = start;
            this.transformed = transformed;
            this.clip = clip;
            this.clipStart = clipStart;
            this.clipEnd = clipEnd;
        }
    }

    /**
     * The edits that group each run of two or more of the drawing's children clipped by the same clip,
     * in the order of the drawing. {@code removed} is a clip that is being removed from the drawing
     * (the whole canvas's), whose users count as unclipped and are left alone.
     */
    static List<SvgCompactor.Edit> edits(String svg, Optional<String> removed) {
        Optional<List<Element>> drawing = children(svg);
        if (drawing.isEmpty()) {
            return List.of();
        }
        List<SvgCompactor.Edit> edits = new ArrayList<>();
        List<Element> run = new ArrayList<>();
        String runClip = null;
        for (Element element : drawing.get()) {
            String clip = sharedClip(element, removed);
            if (clip == null || !clip.equals(runClip)) {
                group(run, runClip, edits);
                run.clear();
            }
            runClip = clip;
            if (clip != null) {
                run.add(element);
            }
        }
        group(run, runClip, edits);
        return edits;
    }

    private static void group(List<Element> run, String clip, List<SvgCompactor.Edit> edits) {
        if (run.size() < 2) {
            return;
        }
        edits.add(new SvgCompactor.Edit(run.get(0).start, run.get(0).start, "<g clip-path='url(#" + clip + ")'>"));
        for (Element element : run) {
            for (Element clipped : element.clip != null ? List.of(element) : element.children) {
                edits.add(new SvgCompactor.Edit(clipped.clipStart, clipped.clipEnd, ""));
            }
        }
        int end = run.get(run.size() - 1).end;
        edits.add(new SvgCompactor.Edit(end, end, "</g>"));
    }

    /** The clip {@code element} and everything it draws are clipped by in its parent's user space, or null. */
    private static String sharedClip(Element element, Optional<String> removed) {
        if (element.transformed) {
            return null;
        }
        if (element.clip != null) {
            return removed.filter(element.clip::equals).isPresent() ? null : element.clip;
        }
        if (!element.name.equals("g") || element.children.isEmpty()) {
            return null;
        }
        String shared = element.children.get(0).clip;
        for (Element child : element.children) {
            if (child.transformed || child.clip == null || !child.clip.equals(shared)) {
                return null;
            }
        }
        return removed.filter(shared::equals).isPresent() ? null : shared;
    }

    /** The children of the drawing's root element, or nothing if its markup is not what JFreeSVG writes. */
    private static Optional<List<Element>> children(String svg) {
        Deque<Element> open = new ArrayDeque<>();
        List<Element> top = new ArrayList<>();
        int at = svg.indexOf('<');
        if (at < 0 || !svg.startsWith("<svg", at)) {
            return Optional.empty();
        }
        at = tagEnd(svg, at);
        while (at > 0) {
            int lt = svg.indexOf('<', at);
            if (lt < 0) {
                return Optional.empty();
            }
            if (svg.startsWith("</", lt)) {
                int gt = svg.indexOf('>', lt);
                if (gt < 0) {
                    return Optional.empty();
                }
                String name = svg.substring(lt + 2, gt);
                if (open.isEmpty()) {
                    return name.equals("svg") ? Optional.of(top) : Optional.empty();
                }
                Element closed = open.pop();
                if (!closed.name.equals(name)) {
                    return Optional.empty();
                }
                closed.end = gt + 1;
                at = gt + 1;
                continue;
            }
            int end = tagEnd(svg, lt);
            if (end < 0 || !Character.isLetter(svg.charAt(lt + 1))) {
                return Optional.empty();
            }
            Element element = element(svg, lt, end);
            (open.isEmpty() ? top : open.peek().children).add(element);
            if (svg.charAt(end - 2) == '/') {
                element.end = end;
            } else {
                open.push(element);
            }
            at = end;
        }
        return Optional.empty();
    }

    /** The element whose start tag runs from {@code lt} to {@code end}, with its transform and clip read. */
    private static Element element(String svg, int lt, int end) {
        int nameEnd = lt + 1;
        while (nameEnd < end && Character.isLetterOrDigit(svg.charAt(nameEnd))) {
            nameEnd++;
        }
        String name = svg.substring(lt + 1, nameEnd);
        boolean transformed = attribute(svg, nameEnd, end, " transform=") >= 0;
        int clipStart = attribute(svg, nameEnd, end, " clip-path=");
        if (clipStart < 0) {
            return new Element(name, lt, transformed, null, -1, -1);
        }
        int valueStart = clipStart + " clip-path=".length();
        char quote = svg.charAt(valueStart);
        int valueEnd = svg.indexOf(quote, valueStart + 1);
        String value = svg.substring(valueStart + 1, valueEnd);
        if (!value.startsWith("url(#") || !value.endsWith(")")) {
            return new Element(name, lt, true, null, -1, -1); // a clip of another form is left where it is
        }
        return new Element(name, lt, transformed, value.substring("url(#".length(), value.length() - 1), clipStart,
                valueEnd + 1);
    }

    /** Where the attribute that {@code spaceNameEquals} starts stands in the tag, outside its values; -1 if nowhere. */
    private static int attribute(String svg, int from, int end, String spaceNameEquals) {
        char quote = 0;
        for (int i = from; i < end; i++) {
            char c = svg.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == ' ' && svg.startsWith(spaceNameEquals, i)) {
                return i;
            }
        }
        return -1;
    }

    /** The index after the {@code >} that ends the tag at {@code lt}, outside its attribute values; -1 if none. */
    private static int tagEnd(String svg, int lt) {
        char quote = 0;
        for (int i = lt + 1; i < svg.length(); i++) {
            char c = svg.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '>') {
                return i + 1;
            } else if (c == '<') {
                return -1;
            }
        }
        return -1;
    }
}
