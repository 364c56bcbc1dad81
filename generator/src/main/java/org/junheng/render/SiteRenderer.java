package org.junheng.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import org.junheng.content.Content;

/** Plans every page of the site, renders them in parallel, and copies assets and attachments. */
public final class SiteRenderer {

    private final Path siteRoot;
    private final Theme theme;
    private final int threads;

    public SiteRenderer(Path siteRoot, Theme theme, int threads) {
        this.siteRoot = siteRoot;
        this.theme = theme;
        this.threads = threads;
    }

    /** Progress hears (pages done, pages planned). */
    public RenderedSite render(SiteInfo site, Content content, ProfileSections profileSections,
                               Map<String, Object> overviewSections, Path out, ProgressListener progress) {
        return render(site, content, profileSections, overviewSections, RenderOptions.defaults(content), out,
                progress);
    }

    /** Progress hears (pages done, pages planned); {@code options} carry the build date and privacy settings. */
    public RenderedSite render(SiteInfo site, Content content, ProfileSections profileSections,
                               Map<String, Object> overviewSections, RenderOptions options, Path out,
                               ProgressListener progress) {
        PageFactory factory = new PageFactory(site, Labels.load(theme.configuration(), site.language()));
        DisclosurePages disclosures = new DisclosurePages(factory, content);
        EnrollmentPages enrollment = new EnrollmentPages(factory, content, options);
        ProgressPages progressPages = new ProgressPages(factory, content, options);
        ProfileSections feeds = school -> FeedLinks.available(site)
                ? Map.of("feedUrl", FeedLinks.school(school.code())) : Map.of();
        ProfileSections sections = profileSections.and(enrollment::profile).and(progressPages::profile).and(feeds);
        List<Page> pages = new ArrayList<>();
        pages.addAll(new OverviewPages(factory, content).pages(overviewSections));
        pages.addAll(new SchoolPages(factory, content, sections).pages());
        pages.addAll(disclosures.pages());
        pages.addAll(new DisclosureFilters(factory, content).pages());
        pages.addAll(enrollment.pages());
        pages.addAll(progressPages.pages());
        IntConsumer done = count -> progress.pagesDone(count, pages.size());
        new PageWriter(theme.configuration(), threads).write(pages, out, done);
        int files = pages.size();
        files += copyAssets(out);
        files += copyAttachments(disclosures.attachmentFiles(), out);
        return new RenderedSite(pages.size(), files, canonicalUrls(pages));
    }

    /** Every page's canonical address except the not-found page, sorted and without repeats. */
    private static List<String> canonicalUrls(List<Page> pages) {
        java.util.SortedSet<String> urls = new java.util.TreeSet<>();
        for (Page page : pages) {
            if (!page.path().equals("404.html") && page.model().get("page") instanceof PageContext context) {
                urls.add(context.canonicalUrl());
            }
        }
        return List.copyOf(urls);
    }

    private int copyAssets(Path out) {
        Map<String, byte[]> assets = theme.assets();
        try {
            for (Map.Entry<String, byte[]> asset : assets.entrySet()) {
                Path target = out.resolve("assets").resolve(asset.getKey());
                Files.createDirectories(target.getParent());
                Files.write(target, asset.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return assets.size();
    }

    private int copyAttachments(Map<String, String> attachments, Path out) {
        try {
            for (Map.Entry<String, String> attachment : attachments.entrySet()) {
                Path target = out.resolve(attachment.getKey());
                Files.createDirectories(target.getParent());
                Files.copy(siteRoot.resolve(attachment.getValue()), target);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return attachments.size();
    }

    /** Hears how rendering is going, for a progress display. */
    @FunctionalInterface
    public interface ProgressListener {
        ProgressListener SILENT = (done, total) -> { };

        void pagesDone(int done, int total);
    }
}
