package org.junheng.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junheng.content.Attachment;
import org.junheng.content.Content;
import org.junheng.content.Document;
import org.junheng.content.School;

/**
 * The document list ({@code /disclosures/}) and one page per document, with its attachments. A
 * document's page reads the document and the registry only, so it is keyed by its inputs: by its
 * county's content if the document belongs to one county (see {@link ContentShares#countyOf}), else
 * by the site-wide content. A one-school rebuild of a national site then makes the models of one
 * county's documents, not of every document.
 */
final class DisclosurePages {

    /** How many documents a portal's list shows, newest first. */
    static final int NEWEST_ON_A_PORTAL = 50;

    private final PageFactory pages;
    private final Content content;
    private final Map<String, School> schools;
    private final ContentShares shares;
    private final CountyScopes scopes;

    /** @param schools the registry by code */
    DisclosurePages(PageFactory pages, Content content, Map<String, School> schools, ContentShares shares,
                    CountyScopes scopes) {
        this.pages = pages;
        this.content = content;
        this.schools = schools;
        this.shares = shares;
        this.scopes = scopes;
    }

    static String url(Document document) {
        return "disclosures/" + document.slug() + "/";
    }

    /** A document as lists show it; on English pages its Chinese title, number and summary are marked as Chinese. */
    static DocumentCard card(PageFactory pages, Document document) {
        return new DocumentCard(pages.chinese(document.title()), url(document), DisclosureFilters.type(pages,
                document.type()), document.date().toString(), pages.chinese(document.number().orElse("")),
                pages.chinese(document.summary()));
    }

    /** The document list, and each document's page planned: made when it is written. */
    List<PlannedPage> pages() {
        List<PlannedPage> result = new ArrayList<>();
        result.add(index());
        content.documents().forEach(document -> result.add(() -> page(document)));
        return result;
    }

    /** Attachments to copy: published path (site-relative) → source path (site-relative). */
    Map<String, String> attachmentFiles() {
        Map<String, String> files = new LinkedHashMap<>();
        for (Document document : content.documents()) {
            for (Attachment attachment : document.attachments()) {
                files.put(url(document) + attachment.fileName(), attachment.sitePath());
            }
        }
        return files;
    }

    /**
     * The document list. On a portal of several counties it shows the newest documents only, and
     * the filters (by year, type and county) lead to the rest: a national portal has thousands.
     */
    private Page index() {
        boolean portal = Portal.several(content.counties());
        List<Document> shown = portal ? content.documents().stream().limit(NEWEST_ON_A_PORTAL).toList()
                : content.documents();
        Map<String, List<DocumentCard>> byYear = new LinkedHashMap<>();
        for (Document document : shown) {
            byYear.computeIfAbsent(String.valueOf(document.date().getYear()), year -> new ArrayList<>())
                    .add(card(pages, document));
        }
        List<YearGroup> years = byYear.entrySet().stream().map(e -> new YearGroup(e.getKey(),
                pages.year(Integer.parseInt(e.getKey())), e.getValue())).toList();
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("years", years);
        model.put("total", Numbers.integer(content.documents().size()));
        DisclosureFilters filters = new DisclosureFilters(pages, content);
        model.put("filters", filters.navigation("disclosures/"));
        model.put("filtersTitle", filters.title());
        if (shown.size() < content.documents().size()) {
            model.put("newestOnly", pages.label("disclosures.newest-only", "n", Numbers.integer(shown.size())));
        }
        if (FeedLinks.available(pages.site())) {
            model.put("feedUrl", FeedLinks.DISCLOSURES);
        }
        return pages.page("disclosures/", "disclosures.ftlh", pages.label("disclosures.title"), "disclosures",
                pages.label(portal ? "disclosures.portal-description" : "disclosures.description"), model);
    }

    private Page page(Document document) {
        Page page = pages.page(url(document), "document.ftlh", "disclosures", () -> new PageFactory.Head(
                pages.chinese(document.title()), pages.chinese(document.summary())),
                () -> Map.of("document", view(document)));
        String county = shares.countyOf(document);
        return page.withInputKey(county.equals(ContentShares.Share.NO_COUNTY)
                ? scopes.siteWideKey(pages.interfaceDigest(), page)
                : scopes.key(county, pages.interfaceDigest(), page));
    }

    private DocumentView view(Document document) {
        List<Link> concerned = document.schoolCodes().stream().map(schools::get).filter(s -> s != null)
                .map(s -> new Link(pages.schoolName(s.name()), SchoolPages.url(s.code()))).toList();
        List<AttachmentView> attachments = document.attachments().stream()
                .map(a -> new AttachmentView(pages.chinese(a.title()), url(document) + a.fileName(), a.format(),
                        Numbers.fileSize(a.sizeBytes())))
                .toList();
        return new DocumentView(pages.chinese(document.title()),
                DisclosureFilters.type(pages, document.type()), metadata(document),
                pages.english() ? pages.label("doc.in-chinese") : "", document.bodyHtml(), attachments, concerned);
    }

    private List<Fact> metadata(Document document) {
        List<Fact> facts = new ArrayList<>();
        add(facts, "doc.index", document.index());
        add(facts, "doc.topic", document.topic());
        add(facts, "doc.issuer", document.issuer());
        add(facts, "doc.written", document.written().map(Object::toString));
        add(facts, "doc.title", Optional.of(document.title()));
        add(facts, "doc.number", document.number());
        add(facts, "doc.date", Optional.of(document.date().toString()));
        return facts;
    }

    private void add(List<Fact> facts, String label, Optional<String> value) {
        value.ifPresent(text -> facts.add(Fact.text(pages.label(label), pages.chinese(text))));
    }
}
