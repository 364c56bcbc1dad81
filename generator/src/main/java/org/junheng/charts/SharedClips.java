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
 * names it, or a group (of one element, as JFreeSVG draws a label) whose every child names it.
 *
 * <p>The drawing is read as JFreeSVG writes it, which escapes {@code <} and {@code >} in attribute
 * values and text: a tag ends at the first {@code >}, and the attributes are found by searching the
 * whole drawing once for each (the charts of a national site are tens of thousands). Markup it does
 * not expect (a comment, a declaration, tags that do not nest, an attribute's name outside a tag or
 * twice in one) leaves the drawing as it is.
 */
final class SharedClips {

    private static final String CLIP = " clip-path=";
    private static final String TRANSFORM = " transform=";
    private static final String URL = "url(#";

    private SharedClips() {
    }

    /** One element of the drawing: where it stands, whether it is a group, its clip if it names one, its children. */
    private static final class Element {
        final int start;
        final boolean group;
        final boolean transformed;
        final String clip;
        final int clipStart;
        final int clipEnd;
        int end;
        List<Element> children = List.of();

        Element(int start, boolean group, boolean transformed, String clip, int clipStart, int clipEnd) {
            this.start = start;
            this.group = group;
            this.transformed = transformed;
            this.clip = clip;
            this.clipStart = clipStart;
            this.clipEnd = clipEnd;
        }

        void add(Element child) {
            if (children.isEmpty()) {
                children = new ArrayList<>(1);
            }
            children.add(child);
        }
    }

    /** Where an attribute is named in the drawing, searched for once for the whole of it and met in order. */
    private static final class Named {
        private final String svg;
        private final String name;
        private int next;

        Named(String svg, String name) {
            this.svg = svg;
            this.name = name;
            this.next = svg.indexOf(name);
        }

        /** Whether it was named before {@code lt}, outside any tag read so far: not JFreeSVG's markup. */
        boolean strayBefore(int lt) {
            return next >= 0 && next < lt;
        }

        /** Where it is named in the tag that ends at {@code gt} (its start already checked), or -1; moves past it. */
        int in(int gt) {
            if (next < 0 || next > gt) {
                return -1;
            }
            int at = next;
            next = svg.indexOf(name, at + 1);
            return at;
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
        if (!element.group || element.children.isEmpty()) {
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
        if (!svg.startsWith("<svg")) {
            return Optional.empty();
        }
        Named clips = new Named(svg, CLIP);
        Named transforms = new Named(svg, TRANSFORM);
        Deque<Element> open = new ArrayDeque<>();
        Deque<String> names = new ArrayDeque<>();
        List<Element> top = new ArrayList<>();
        int at = svg.indexOf('>');
        if (at < 0 || clips.in(at) >= 0 || transforms.in(at) >= 0) {
            return Optional.empty();
        }
        while (true) {
            int lt = svg.indexOf('<', at);
            int gt = lt < 0 ? -1 : svg.indexOf('>', lt);
            if (gt < 0 || clips.strayBefore(lt) || transforms.strayBefore(lt)) {
                return Optional.empty();
            }
            if (svg.charAt(lt + 1) == '/') {
                if (open.isEmpty()) {
                    return gt == lt + "</svg".length() && svg.startsWith("</svg", lt) ? Optional.of(top)
                            : Optional.empty();
                }
                String name = names.pop();
                if (gt != lt + 2 + name.length() || !svg.startsWith(name, lt + 2)) {
                    return Optional.empty();
                }
                open.pop().end = gt + 1;
                at = gt + 1;
                continue;
            }
            int nameEnd = lt + 1;
            while (nameEnd < gt && Character.isLetterOrDigit(svg.charAt(nameEnd))) {
                nameEnd++;
            }
            if (nameEnd == lt + 1) {
                return Optional.empty(); // a comment, a declaration or a stray '<'
            }
            int clip = clips.in(gt);
            int transform = transforms.in(gt);
            if (clips.strayBefore(gt) || transforms.strayBefore(gt)) {
                return Optional.empty(); // named twice in one tag
            }
            Element element = element(svg, lt, nameEnd == lt + 2 && svg.charAt(lt + 1) == 'g', transform >= 0, clip,
                    gt);
            if (open.isEmpty()) {
                top.add(element);
            } else {
                open.peek().add(element);
            }
            if (svg.charAt(gt - 1) == '/') {
                element.end = gt + 1;
            } else {
                open.push(element);
                names.push(svg.substring(lt + 1, nameEnd));
            }
            at = gt + 1;
        }
    }

    /** The element whose start tag runs from {@code lt} to {@code gt}; its clip, if any, named at {@code clip}. */
    private static Element element(String svg, int lt, boolean group, boolean transformed, int clip, int gt) {
        if (clip < 0) {
            return new Element(lt, group, transformed, null, -1, -1);
        }
        int valueStart = clip + CLIP.length() + 1;
        char quote = svg.charAt(valueStart - 1);
        int valueEnd = svg.indexOf(quote, valueStart);
        boolean byId = (quote == '\'' || quote == '"') && valueEnd > 0 && valueEnd < gt
                && svg.startsWith(URL, valueStart) && svg.charAt(valueEnd - 1) == ')';
        if (!byId) {
            return new Element(lt, group, true, null, -1, -1); // a clip of another form stays where it is
        }
        return new Element(lt, group, transformed, svg.substring(valueStart + URL.length(), valueEnd - 1), clip,
                valueEnd + 1);
    }
}
