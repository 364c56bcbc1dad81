package org.junheng.content;

import java.util.List;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.heading.anchor.HeadingAnchorExtension;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Markdown to safe HTML: CommonMark with GitHub tables, then jsoup's cleaner, so no script,
 * style, frame, form, event handler or {@code javascript:}/{@code data:} URL survives.
 * Thread-safe; one instance serves a whole build.
 */
public final class MarkdownRenderer {

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create(),
            StrikethroughExtension.create(), AutolinkExtension.create(), HeadingAnchorExtension.create());
    // A base URI is needed for jsoup to keep relative links; it never reaches the output.
    private static final String BASE = "https://content.invalid/";

    private final Parser parser = Parser.builder().extensions(EXTENSIONS).build();
    private final HtmlRenderer renderer = HtmlRenderer.builder().extensions(EXTENSIONS).build();
    private final Safelist safelist = Safelist.relaxed()
            .addTags("del", "s", "figure", "figcaption", "abbr", "hr")
            .addAttributes(":all", "id")
            .addAttributes("th", "align", "scope")
            .addAttributes("td", "align")
            .addAttributes("abbr", "title")
            .preserveRelativeLinks(true);

    private final MarkdownMemo memo;

    /** A renderer that renders every text anew. */
    public MarkdownRenderer() {
        this(MarkdownMemo.none());
    }

    /** A renderer that takes from {@code memo} what it rendered for the same text before. */
    public MarkdownRenderer(MarkdownMemo memo) {
        this.memo = memo;
    }

    /** The text as safe HTML. */
    public String render(String markdown) {
        return rendered(markdown).html();
    }

    /** The text as safe HTML, with the text of its first paragraph for summaries and feeds. */
    public Rendered rendered(String markdown) {
        return memo.rendered(markdown, this::renderAnew);
    }

    private Rendered renderAnew(String markdown) {
        Node document = parser.parse(markdown);
        String html = renderer.render(document);
        Document dirty = Jsoup.parseBodyFragment(html, BASE);
        Document clean = new Cleaner(safelist).clean(dirty);
        clean.outputSettings().prettyPrint(false);
        clean.select("img[src]").forEach(MarkdownRenderer::linkInsteadIfRemote);
        clean.select("table").forEach(MarkdownRenderer::scrollSideways);
        Element paragraph = clean.body().selectFirst("p");
        return new Rendered(clean.body().html(), paragraph == null ? "" : paragraph.text());
    }

    /** Markdown as safe HTML, and the text of its first paragraph ("" if it has none). */
    public record Rendered(String html, String firstParagraph) {
    }

    /**
     * A wide table scrolls in a box of its own, which the keyboard can reach, instead of widening
     * the page on a phone. The box is named by the heading above the table, else by its columns.
     */
    private static void scrollSideways(Element table) {
        Element box = new Element("div").addClass("table-scroll").attr("tabindex", "0").attr("role", "region");
        Element heading = table.previousElementSibling();
        while (heading != null && !heading.normalName().matches("h[1-6]")) {
            heading = heading.previousElementSibling();
        }
        if (heading != null && heading.hasAttr("id")) {
            box.attr("aria-labelledby", heading.id());
        } else {
            box.attr("aria-label", String.join("、", table.select("thead th").eachText()));
        }
        table.before(box);
        box.appendChild(table);
    }

    // The portal may load nothing from another host: a remote image becomes a plain link to it.
    private static void linkInsteadIfRemote(Element image) {
        String src = image.attr("src");
        if (src.startsWith("//") || src.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*")) {
            String label = image.attr("alt").isBlank() ? src : image.attr("alt");
            image.replaceWith(new Element("a").attr("href", src).text(label));
        }
    }
}
