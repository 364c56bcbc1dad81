package org.junheng.publish;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.junheng.content.Content;
import org.junheng.content.Document;
import org.junheng.content.School;
import org.junheng.render.FeedLinks;
import org.junheng.render.KeyedFile;
import org.junheng.render.PageCache;
import org.junheng.render.PageUrls;
import org.junheng.render.SiteInfo;

/**
 * Atom 1.0 feeds of the disclosures: one of all documents and one per school. Entry ids are
 * tag: URIs made of the site's host, the document's date and its address, so they never change
 * while the document stays; {@code updated} is the document's date, never the build time.
 */
public final class AtomFeeds {

    private static final String ATOM = "http://www.w3.org/2005/Atom";
    /** Looked up once: finding the factory is a search of the class path, ten thousand times at national size. */
    private static final XMLOutputFactory XML = XMLOutputFactory.newFactory();
    private static final ZoneOffset CHINA = ZoneOffset.ofHours(8);
    private static final DateTimeFormatter RFC3339 = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");

    private final SiteInfo site;
    private final SiteAddress address;
    private final Content content;
    private final LocalDate buildDate;
    private final PageCache cache;
    private final Map<String, String> keys = new HashMap<>();

    /** Feeds whose bytes the last build wrote at the same path are carried over from {@code cache}. */
    public AtomFeeds(SiteInfo site, Content content, LocalDate buildDate, PageCache cache) {
        this.site = site;
        this.address = SiteAddress.of(site);
        this.content = content;
        this.buildDate = buildDate;
        this.cache = cache;
    }

    /** Writes every feed under {@code out}; returns how many. None when the site has no absolute address. */
    public int write(Path out) {
        if (!FeedLinks.available(site)) {
            return 0;
        }
        write(out, FeedLinks.DISCLOSURES, site.title(), PageUrls.disclosures(), content.documents());
        Map<String, List<Document>> bySchool = new HashMap<>();
        for (Document document : content.documents()) {
            document.schoolCodes().stream().distinct()
                    .forEach(code -> bySchool.computeIfAbsent(code, c -> new ArrayList<>()).add(document));
        }
        for (School school : content.schools()) {
            write(out, FeedLinks.school(school.code()), school.name() + " - " + site.title(),
                    PageUrls.school(school.code()), bySchool.getOrDefault(school.code(), List.of()));
        }
        return 1 + content.schools().size();
    }

    /** The key each feed was written or carried over from, by output path: for the next build's cache. */
    public Map<String, String> keys() {
        return Map.copyOf(keys);
    }

    private void write(Path out, String feedPath, String title, String pagePath, List<Document> documents) {
        byte[] feed = feed(feedPath, title, pagePath, documents).getBytes(StandardCharsets.UTF_8);
        keys.put(feedPath, KeyedFile.write(out, feedPath, feed, "feed", cache));
    }

    String feed(String feedPath, String title, String pagePath, List<Document> documents) {
        StringWriter text = new StringWriter();
        try {
            XMLStreamWriter xml = XML.createXMLStreamWriter(text);
            xml.writeStartDocument("utf-8", "1.0");
            newline(xml);
            xml.writeStartElement("feed");
            xml.writeDefaultNamespace(ATOM);
            xml.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", site.language());
            newline(xml);
            element(xml, "id", address.absolute(feedPath));
            element(xml, "title", title);
            LocalDate newest = documents.stream().map(Document::date).max(LocalDate::compareTo).orElse(buildDate);
            element(xml, "updated", timestamp(newest));
            link(xml, "self", "application/atom+xml", address.absolute(feedPath));
            link(xml, "alternate", "text/html", address.absolute(pagePath));
            xml.writeStartElement("author");
            element(xml, "name", site.publisher().isEmpty() ? site.title() : site.publisher());
            xml.writeEndElement();
            newline(xml);
            element(xml, "rights", site.licenceName());
            xml.writeStartElement("generator");
            xml.writeAttribute("version", site.version());
            xml.writeCharacters("Junheng");
            xml.writeEndElement();
            newline(xml);
            for (Document document : documents) {
                entry(xml, document);
            }
            xml.writeEndElement();
            newline(xml);
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write the feed " + feedPath, e);
        }
        return text.toString();
    }

    private void entry(XMLStreamWriter xml, Document document) throws XMLStreamException {
        xml.writeStartElement("entry");
        newline(xml);
        element(xml, "id", entryId(document));
        element(xml, "title", document.title());
        element(xml, "updated", timestamp(document.date()));
        element(xml, "published", timestamp(document.date()));
        link(xml, "alternate", "text/html", address.absolute(PageUrls.document(document)));
        xml.writeEmptyElement("category");
        xml.writeAttribute("term", document.type());
        newline(xml);
        if (!document.summary().isEmpty()) {
            xml.writeStartElement("summary");
            xml.writeAttribute("type", "text");
            xml.writeCharacters(document.summary());
            xml.writeEndElement();
            newline(xml);
        }
        xml.writeEndElement();
        newline(xml);
    }

    /** tag:{host},{document date}:{site path}disclosures/{slug}/ — stable as long as the document is. */
    String entryId(Document document) {
        return "tag:" + address.host() + "," + document.date() + ":" + address.path() + PageUrls.document(document);
    }

    private static String timestamp(LocalDate date) {
        return date.atStartOfDay().atOffset(CHINA).format(RFC3339);
    }

    private static void element(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(value);
        xml.writeEndElement();
        newline(xml);
    }

    private static void link(XMLStreamWriter xml, String rel, String type, String href) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("type", type);
        xml.writeAttribute("href", href);
        newline(xml);
    }

    private static void newline(XMLStreamWriter xml) throws XMLStreamException {
        xml.writeCharacters("\n");
    }
}
