package org.junheng;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Follows every link and load of a served site over real HTTP, as a reader's browser would:
 * pages, stylesheets, icons, images, attachments. Links to other hosts are noted but not
 * followed; same-host addresses outside the site's prefix are recorded and never requested.
 */
public final class SiteCrawler {

    /** Everything a page can link to or load, by the attribute that holds the address. */
    private static final Map<String, String> LINKS = Map.of(
            "a[href], link[href], area[href], image[href], use[href]", "href",
            "img[src], script[src], iframe[src], source[src], video[src], audio[src], embed[src]", "src",
            "object[data]", "data");
    private static final Pattern CSS_URL = Pattern.compile("url\\(\\s*['\"]?([^'\")]+)['\"]?\\s*\\)");

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    private final URI site;

    /** A crawler for the site served at {@code site} (an address ending in "/"). */
    public SiteCrawler(URI site) {
        this.site = site;
    }

    /** One address requested: its status and the page that linked to it. */
    public record Visit(URI address, int status, String contentType, URI linkedFrom) {
    }

    /** The crawl's result: every request made in order, and same-host links that left the prefix. */
    public record Crawl(List<Visit> visits, List<String> outsidePrefix, List<URI> otherHosts) {

        public List<Visit> failures() {
            return visits.stream().filter(v -> v.status() != 200).toList();
        }
    }

    public Crawl crawl(Collection<URI> seeds) throws IOException, InterruptedException {
        Map<URI, URI> found = new LinkedHashMap<>();
        Deque<URI> queue = new ArrayDeque<>();
        List<Visit> visits = new ArrayList<>();
        List<String> outside = new ArrayList<>();
        List<URI> otherHosts = new ArrayList<>();
        for (URI seed : seeds) {
            if (found.putIfAbsent(seed, site) == null) {
                queue.add(seed);
            }
        }
        while (!queue.isEmpty()) {
            URI address = queue.removeFirst();
            HttpResponse<byte[]> response = get(address);
            String type = response.headers().firstValue("Content-Type").orElse("");
            visits.add(new Visit(address, response.statusCode(), type, found.get(address)));
            if (response.statusCode() != 200) {
                continue;
            }
            for (URI link : links(address, type, response.body())) {
                if (!sameHost(link)) {
                    otherHosts.add(link);
                } else if (!link.getPath().startsWith(site.getPath())) {
                    outside.add(link + " (linked from " + address + ")");
                } else if (found.putIfAbsent(link, address) == null) {
                    queue.add(link);
                }
            }
        }
        return new Crawl(visits, outside, otherHosts);
    }

    public HttpResponse<byte[]> get(URI address) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(address).timeout(Duration.ofSeconds(30)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    /** The same-document links and loads of a response, resolved against the address it was served at. */
    public static List<URI> links(URI address, String contentType, byte[] body) {
        List<URI> links = new ArrayList<>();
        String text = new String(body, StandardCharsets.UTF_8);
        if (contentType.startsWith("text/html")) {
            Document page = Jsoup.parse(text, address.toString());
            LINKS.forEach((selector, attribute) -> {
                for (Element element : page.select(selector)) {
                    resolve(address, element.attr(attribute)).ifPresent(links::add);
                }
            });
        } else if (contentType.startsWith("text/css")) {
            Matcher urls = CSS_URL.matcher(text);
            while (urls.find()) {
                resolve(address, urls.group(1)).ifPresent(links::add);
            }
        }
        return links;
    }

    private static Optional<URI> resolve(URI base, String reference) {
        String trimmed = reference.strip();
        if (trimmed.isEmpty() || trimmed.startsWith("#") || trimmed.matches("(?i)^(mailto|tel|data|javascript):.*")) {
            return Optional.empty();
        }
        URI resolved = base.resolve(URI.create(trimmed.replace(" ", "%20")));
        try {
            // Fragments name a place in a page; the request is for the page itself.
            return Optional.of(new URI(resolved.getScheme(), resolved.getAuthority(), resolved.getPath(),
                    resolved.getQuery(), null));
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("unusable link " + reference + " on " + base, e);
        }
    }

    private boolean sameHost(URI link) {
        return Objects.equals(link.getScheme(), site.getScheme()) && Objects.equals(link.getHost(), site.getHost())
                && link.getPort() == site.getPort();
    }
}
