package org.junheng.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.junheng.files.ParentFolders;

/**
 * {@code sitemap.xml} listing every page's canonical address. Past {@code maxUrls} addresses
 * (50,000 by the sitemaps protocol) the list is split into {@code sitemap-1.xml},
 * {@code sitemap-2.xml}… and {@code sitemap.xml} becomes a sitemap index pointing at them.
 */
public final class Sitemap {

    public static final int MAX_URLS = 50_000;
    public static final String FILE = "sitemap.xml";
    private static final String NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private final String baseUrl;
    private final int maxUrls;

    public Sitemap(String baseUrl, int maxUrls) {
        if (maxUrls < 1) {
            throw new IllegalArgumentException("a sitemap holds at least one address");
        }
        this.baseUrl = baseUrl;
        this.maxUrls = maxUrls;
    }

    /** Writes the sitemap (and its parts); returns the number of files written. */
    public int write(Path out, List<String> urls) {
        if (urls.size() <= maxUrls) {
            write(out.resolve(FILE), urlset(urls));
            return 1;
        }
        List<String> parts = new ArrayList<>();
        for (int start = 0, number = 1; start < urls.size(); start += maxUrls, number++) {
            String name = "sitemap-" + number + ".xml";
            write(out.resolve(name), urlset(urls.subList(start, Math.min(urls.size(), start + maxUrls))));
            parts.add(baseUrl + name);
        }
        StringBuilder index = new StringBuilder(header("sitemapindex"));
        parts.forEach(part -> index.append("<sitemap><loc>").append(escape(part)).append("</loc></sitemap>\n"));
        write(out.resolve(FILE), index.append("</sitemapindex>\n").toString());
        return parts.size() + 1;
    }

    private static String urlset(List<String> urls) {
        StringBuilder xml = new StringBuilder(header("urlset"));
        urls.forEach(url -> xml.append("<url><loc>").append(escape(url)).append("</loc></url>\n"));
        return xml.append("</urlset>\n").toString();
    }

    private static String header(String root) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<" + root + " xmlns=\"" + NAMESPACE + "\">\n";
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&apos;");
    }

    private static void write(Path file, String text) {
        try {
            ParentFolders.creating(file, () -> Files.writeString(file, text, StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
