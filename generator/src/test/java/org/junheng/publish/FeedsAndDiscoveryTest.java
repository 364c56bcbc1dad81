package org.junheng.publish;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junheng.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Atom feeds, the sitemap, robots.txt and School JSON-LD, read back with real parsers. */
class FeedsAndDiscoveryTest {

    private static final String ATOM = "http://www.w3.org/2005/Atom";

    static final String DOCUMENTS = """
            -- content/documents/2024-plan.md --
            ---
            title: 测试县实施方案 & 任务分解
            type: 工作方案
            date: 2024-03-18
            schools: ["2199020001"]
            summary: 到2026年全县达到优质均衡。
            ---
            正文
            -- content/documents/2023-notice.md --
            ---
            title: 关于开展自查的通知
            type: 通知
            date: 2023-05-02
            ---
            正文
            """;

    @TempDir
    Path temp;

    private static org.w3c.dom.Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static String child(Element parent, String name) {
        NodeList nodes = parent.getElementsByTagNameNS(ATOM, name);
        assertThat(nodes.getLength()).as("<%s> in <%s>", name, parent.getLocalName()).isGreaterThan(0);
        return nodes.item(0).getTextContent();
    }

    @Test
    void theDisclosureFeedIsValidAtomWithStableTagIdsAndDocumentDates() throws Exception {
        TestSite site = TestSite.in(temp, DOCUMENTS);
        site.build();

        org.w3c.dom.Document feed = parse(site.file("feeds/disclosures.xml"));
        Element root = feed.getDocumentElement();
        assertThat(root.getNamespaceURI()).isEqualTo(ATOM);
        assertThat(root.getLocalName()).isEqualTo("feed");
        assertThat(child(root, "id")).isEqualTo("https://example.gov.cn/test/feeds/disclosures.xml");
        assertThat(child(root, "title")).isEqualTo("测试县义务教育信息公开");
        assertThat(child(root, "updated")).isEqualTo("2024-03-18T00:00:00+08:00");
        assertThat(((Element) root.getElementsByTagNameNS(ATOM, "author").item(0)).getTextContent()).contains("测试县教育局");
        List<String> rels = new ArrayList<>();
        NodeList links = root.getElementsByTagNameNS(ATOM, "link");
        for (int i = 0; i < links.getLength(); i++) {
            Element link = (Element) links.item(i);
            if (link.getParentNode() == root) {
                rels.add(link.getAttribute("rel") + " " + link.getAttribute("href"));
            }
        }
        assertThat(rels).contains("self https://example.gov.cn/test/feeds/disclosures.xml",
                "alternate https://example.gov.cn/test/disclosures/");

        NodeList entries = root.getElementsByTagNameNS(ATOM, "entry");
        assertThat(entries.getLength()).isEqualTo(2);
        Element first = (Element) entries.item(0);
        assertThat(child(first, "id")).isEqualTo("tag:example.gov.cn,2024-03-18:/test/disclosures/2024-plan/");
        assertThat(child(first, "title")).isEqualTo("测试县实施方案 & 任务分解");
        assertThat(child(first, "updated")).isEqualTo("2024-03-18T00:00:00+08:00");
        assertThat(child(first, "summary")).isEqualTo("到2026年全县达到优质均衡。");
        assertThat(((Element) first.getElementsByTagNameNS(ATOM, "link").item(0)).getAttribute("href"))
                .isEqualTo("https://example.gov.cn/test/disclosures/2024-plan/");
        // every entry has the elements Atom requires
        for (int i = 0; i < entries.getLength(); i++) {
            Element entry = (Element) entries.item(i);
            assertThat(child(entry, "id")).startsWith("tag:");
            assertThat(child(entry, "title")).isNotBlank();
            assertThat(child(entry, "updated")).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\+08:00");
        }
        site.assertPage("disclosures/index.html", "type=\"application/atom+xml\"", "feeds/disclosures.xml");
    }

    @Test
    void eachSchoolHasAFeedOfTheDocumentsThatConcernIt() throws Exception {
        TestSite site = TestSite.in(temp, DOCUMENTS);
        site.build();

        org.w3c.dom.Document shiyan = parse(site.file("feeds/schools/2199020001.xml"));
        assertThat(shiyan.getElementsByTagNameNS(ATOM, "entry").getLength()).isEqualTo(1);
        org.w3c.dom.Document empty = parse(site.file("feeds/schools/2199020002.xml"));
        assertThat(empty.getElementsByTagNameNS(ATOM, "entry").getLength()).isZero();
        assertThat(child(empty.getDocumentElement(), "updated")).isNotBlank();
        site.assertPage("schools/2199020001/index.html", "../../feeds/schools/2199020001.xml");
    }

    @Test
    void theSitemapListsEveryCanonicalPageOnceAndRobotsPointsAtIt() throws Exception {
        TestSite site = TestSite.in(temp, DOCUMENTS);
        site.build();

        org.w3c.dom.Document sitemap = parse(site.file("sitemap.xml"));
        NodeList locs = sitemap.getElementsByTagNameNS("http://www.sitemaps.org/schemas/sitemap/0.9", "loc");
        List<String> urls = IntStream.range(0, locs.getLength()).mapToObj(i -> locs.item(i).getTextContent()).toList();
        assertThat(urls).contains("https://example.gov.cn/test/", "https://example.gov.cn/test/disclosures/2024-plan/",
                        "https://example.gov.cn/test/schools/2199020003/", "https://example.gov.cn/test/projects/")
                .doesNotHaveDuplicates().noneMatch(url -> url.contains("404")).isSorted();
        assertThat(site.file("robots.txt")).contains("Sitemap: https://example.gov.cn/test/sitemap.xml");
    }

    @Test
    void pastTheLimitTheSitemapIsSplitUnderAnIndex() throws Exception {
        Path out = Files.createDirectories(temp.resolve("out"));
        List<String> urls = IntStream.rangeClosed(1, 7).mapToObj(i -> "https://example.gov.cn/p" + i + "/").toList();

        int files = new Sitemap("https://example.gov.cn/", 3).write(out, urls);

        assertThat(files).isEqualTo(4);
        org.w3c.dom.Document index = parse(Files.readString(out.resolve("sitemap.xml")));
        assertThat(index.getDocumentElement().getLocalName()).isEqualTo("sitemapindex");
        NodeList parts = index.getElementsByTagNameNS("http://www.sitemaps.org/schemas/sitemap/0.9", "loc");
        assertThat(parts.getLength()).isEqualTo(3);
        assertThat(parts.item(2).getTextContent()).isEqualTo("https://example.gov.cn/sitemap-3.xml");
        List<String> listed = new ArrayList<>();
        for (int part = 1; part <= 3; part++) {
            org.w3c.dom.Document urlset = parse(Files.readString(out.resolve("sitemap-" + part + ".xml")));
            NodeList locs = urlset.getElementsByTagNameNS("http://www.sitemaps.org/schemas/sitemap/0.9", "loc");
            assertThat(locs.getLength()).isLessThanOrEqualTo(3);
            IntStream.range(0, locs.getLength()).forEach(i -> listed.add(locs.item(i).getTextContent()));
        }
        assertThat(listed).isEqualTo(urls);

        assertThat(new Sitemap("https://example.gov.cn/", 7).write(Files.createDirectories(temp.resolve("one")), urls))
                .isEqualTo(1);
    }

    @Test
    void eachProfileCarriesSchoolJsonLdWithPublicFactsOnly() throws Exception {
        TestSite site = TestSite.in(temp);
        site.build();

        String json = site.html("schools/2199020001/index.html").selectFirst("script[type=application/ld+json]").data();
        JsonNode school = new ObjectMapper().readTree(json);
        assertThat(school.get("@type").asText()).isEqualTo("School");
        assertThat(school.get("name").asText()).isEqualTo("测试县实验小学");
        assertThat(school.get("identifier").asText()).isEqualTo("2199020001");
        assertThat(school.get("url").asText()).isEqualTo("https://example.gov.cn/test/schools/2199020001/");
        assertThat(school.at("/address/streetAddress").asText()).isEqualTo("城关镇解放路1号");
        assertThat(school.get("telephone").asText()).isEqualTo("0790-6000001");
        List<String> fields = new ArrayList<>();
        school.fieldNames().forEachRemaining(fields::add);
        assertThat(fields).isSubsetOf("@context", "@type", "name", "alternateName", "identifier", "url", "address",
                "telephone", "sameAs", "foundingDate", "geo");
    }

    @Test
    void aPreviewWithoutAnAbsoluteAddressHasNoFeedsAndNoLinksToThem() throws Exception {
        TestSite site = TestSite.in(temp, DOCUMENTS);
        new org.junheng.site.SiteBuilder().build(new org.junheng.site.BuildOptions(site.root(), site.out(),
                        java.util.Optional.of("/"), 1, java.util.Optional.of(LocalDate.of(2024, 4, 1))),
                org.junheng.render.SiteRenderer.ProgressListener.SILENT);

        site.assertNoPage("feeds/disclosures.xml").assertNoPage("sitemap.xml");
        assertThat(site.file("disclosures/index.html")).doesNotContain("atom+xml");
        assertThat(site.file("robots.txt")).doesNotContain("Sitemap:");
    }
}
