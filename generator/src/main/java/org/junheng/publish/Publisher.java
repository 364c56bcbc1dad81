package org.junheng.publish;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junheng.content.Content;
import org.junheng.content.EnrollmentYear;
import org.junheng.files.ParentFolders;
import org.junheng.render.PageCache;
import org.junheng.render.PageUrls;
import org.junheng.render.SiteInfo;

/**
 * Writes what the site offers beside its pages: Atom feeds, the sitemap, robots.txt and each
 * enrollment year's calendar. Feeds and the sitemap need absolute addresses, so a site without
 * an absolute base URL (a local preview) gets neither.
 */
public final class Publisher {

    private final SiteInfo site;
    private final Content content;
    private final LocalDate buildDate;
    private final int sitemapLimit;
    private final PageCache cache;

    public Publisher(SiteInfo site, Content content, LocalDate buildDate) {
        this(site, content, buildDate, Sitemap.MAX_URLS, PageCache.NONE);
    }

    /** Feeds the last build wrote with the same bytes are carried over from {@code cache}. */
    public Publisher(SiteInfo site, Content content, LocalDate buildDate, PageCache cache) {
        this(site, content, buildDate, Sitemap.MAX_URLS, cache);
    }

    /** With a smaller sitemap limit, to see the split without 50,000 pages. */
    public Publisher(SiteInfo site, Content content, LocalDate buildDate, int sitemapLimit) {
        this(site, content, buildDate, sitemapLimit, PageCache.NONE);
    }

    private Publisher(SiteInfo site, Content content, LocalDate buildDate, int sitemapLimit, PageCache cache) {
        this.site = site;
        this.content = content;
        this.buildDate = buildDate;
        this.sitemapLimit = sitemapLimit;
        this.cache = cache;
    }

    /** What was written: how many files, and the key of each feed by path, for the next build's cache. */
    public record Written(int files, Map<String, String> keys) {

        public Written {
            keys = Map.copyOf(keys);
        }
    }

    /** Writes everything under {@code out}; {@code pageUrls} are the pages' canonical addresses. */
    public Written write(Path out, List<String> pageUrls) {
        SiteAddress address = SiteAddress.of(site);
        AtomFeeds feeds = new AtomFeeds(site, content, buildDate, cache);
        int files = feeds.write(out);
        if (address.absolute()) {
            files += new Sitemap(address.baseUrl(), sitemapLimit).write(out, pageUrls);
        }
        write(out.resolve("robots.txt"), robots(address));
        files++;
        EnrollmentCalendar calendar = new EnrollmentCalendar(address, site.title());
        for (EnrollmentYear year : content.enrollment()) {
            if (!year.timetable().isEmpty()) {
                write(out.resolve(PageUrls.enrollmentCalendar(year.year())), calendar.calendar(year));
                files++;
            }
        }
        return new Written(files, feeds.keys());
    }

    static String robots(SiteAddress address) {
        StringBuilder text = new StringBuilder();
        text.append("# Crawlers read robots.txt only at the root of a host. If this site is published under a\n")
                .append("# sub-path, add the Sitemap line below to the host's own robots.txt.\n")
                .append("User-agent: *\nDisallow:\n");
        if (address.absolute()) {
            text.append("\nSitemap: ").append(address.absolute(Sitemap.FILE)).append('\n');
        }
        return text.toString();
    }

    private static void write(Path file, String text) {
        ParentFolders.write(file, text.getBytes(StandardCharsets.UTF_8));
    }
}
