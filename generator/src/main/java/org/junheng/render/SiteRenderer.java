package org.junheng.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junheng.charts.ChartBook;
import java.util.function.IntConsumer;
import org.junheng.content.Content;
import org.junheng.files.KeyTable;
import org.junheng.files.ParentFolders;
import org.junheng.parallel.Parallel;

/** Plans every page of the site, renders them in parallel, and copies assets and attachments. */
public final class SiteRenderer {

    private final Path siteRoot;
    private final Theme theme;
    private final int threads;
    private final Optional<ChartBook.Cache> chartCache;
    private final boolean verifyInputKeys;

    public SiteRenderer(Path siteRoot, Theme theme, int threads, Optional<ChartBook.Cache> chartCache) {
        this(siteRoot, theme, threads, chartCache, false);
    }

    /** @param verifyInputKeys make every page's model, and stop if an unchanged input key gave a different one */
    public SiteRenderer(Path siteRoot, Theme theme, int threads, Optional<ChartBook.Cache> chartCache,
                        boolean verifyInputKeys) {
        this.siteRoot = siteRoot;
        this.theme = theme;
        this.threads = threads;
        this.chartCache = chartCache;
        this.verifyInputKeys = verifyInputKeys;
    }

    /**
     * Renders the whole site into {@code out}: every page in Chinese at the root and its English twin under
     * {@code en/}. Progress hears (pages done, pages planned); {@code options} carry the build date and privacy
     * settings; {@code extraSections} are profile sections computed by later stages (such as structured data).
     */
    public RenderedSite render(SiteData data, RenderOptions options, ProfileSections extraSections, Path out,
                               ProgressListener progress) {
        return render(data, options, extraSections, out, progress, PageCache.NONE);
    }

    /** Renders the whole site as above, carrying over from {@code cache} every page whose key has not changed. */
    public RenderedSite render(SiteData data, RenderOptions options, ProfileSections extraSections, Path out,
                               ProgressListener progress, PageCache cache) {
        ChartBook book = new ChartBook(chartCache);
        Charts charts = Charts.writingCsv(book, out, cache);
        CountyScopes scopes = CountyScopes.of(data, options, threads);
        Plan plan = plan(data, options, extraSections, book, charts, scopes,
                SchoolIndex.of(data.content(), options.suppressionThreshold()));
        List<PlannedPage> pages = plan.pages();
        int pageCount = pages.size();
        IntConsumer done = count -> progress.pagesDone(count, pageCount);
        // the writer lets go of each page once written: the plan is not held whole to the end
        PageWriter.Written written = new PageWriter(theme.configuration(), threads, cache, verifyInputKeys)
                .write(pages, out, done);
        int files = pageCount;
        files += copyAssets(out);
        files += copyAttachments(plan.attachments(), out);
        files += charts.csvFiles() + written.filesFromInputs();
        Map<String, String> pickerKeys = new HashMap<>();
        for (Map<String, byte[]> pickers : plan.pickers()) {
            pickers.forEach((path, bytes) -> pickerKeys.put(path, KeyedFile.write(out, path, bytes, "compare-picker", cache)));
            files += pickers.size();
        }
        return new RenderedSite(pageCount, files, written.canonicalUrls(), written.rendered(), written.fromInputs(),
                KeyTable.of(written.keys(), charts.keys(), pickerKeys), written.inputKeys(), written.madeFiles());
    }

    /** Every page of both languages, planned on a thread each, with the attachments and compare pickers they need. */
    private Plan plan(SiteData data, RenderOptions options, ProfileSections extraSections, ChartBook book,
                      Charts charts, CountyScopes scopes, SchoolIndex index) {
        // each language's pages planned on a thread of its own: planning reads the whole site, twice
        List<Planned> planned = Parallel.map(threads, List.of(PageLanguage.values()), language -> {
            PageFactory factory = new PageFactory(data.site(), language,
                    Labels.load(theme.configuration(), language.labelsName()), theme.extras(),
                    options.pinyinOverrides());
            // English charts link to the Chinese charts' CSV files, which are written once
            Charts languageCharts = language.english() ? Charts.linkingCsv(book) : charts;
            DisclosurePages disclosures = new DisclosurePages(factory, data.content(), index.schools(), data.shares(), scopes);
            ComparePage compare = new ComparePage(factory, data);
            List<PlannedPage> pages = pagesIn(factory, disclosures, languageCharts, data, options, extraSections, scopes,
                    index);
            pages.add(compare.page());
            return new Planned(factory, pages, disclosures.attachmentFiles(), compare.pickers());
        });
        List<PlannedPage> pages = new ArrayList<>();
        planned.forEach(language -> pages.addAll(language.pages()));
        PageFactory chinese = planned.get(PageLanguage.CHINESE.ordinal()).factory();
        PageFactory english = planned.get(PageLanguage.ENGLISH.ordinal()).factory();
        // one not-found page for both languages, served at any address: it says everything in both
        pages.add(chinese.notFound("404.ftlh", chinese.label("notfound.title"),
                Map.of("en", english.labels(), "inlineStyle", theme.inlineStylesheet())));
        return new Plan(pages, planned.get(PageLanguage.CHINESE.ordinal()).attachments(),
                planned.stream().map(Planned::pickers).toList());
    }

    private static List<PlannedPage> pagesIn(PageFactory factory, DisclosurePages disclosures, Charts charts, SiteData data,
                                      RenderOptions options, ProfileSections extraSections, CountyScopes scopes,
                                      SchoolIndex index) {
        SiteInfo site = data.site();
        Content content = data.content();
        EnrollmentPages enrollment = new EnrollmentPages(factory, content, options, scopes, index);
        ProgressPages progressPages = new ProgressPages(factory, content, options, charts, scopes, index);
        ProfileSections feeds = school -> FeedLinks.available(site)
                ? Map.of("feedUrl", FeedLinks.school(school.code())) : Map.of();
        ProfileSections sections = new SchoolAssessmentSection(factory, data, charts).and(enrollment::profile)
                .and(progressPages::profile).and(feeds).and(extraSections);
        List<PlannedPage> pages = new ArrayList<>();
        pages.addAll(new OverviewPages(factory, data, charts, scopes).pages());
        pages.addAll(new SchoolPages(factory, content, sections,
                new SchoolFinder(factory, index.communities(), new PinyinIndex(options.pinyinOverrides())), scopes, index)
                .pages());
        pages.addAll(disclosures.pages());
        pages.addAll(new DisclosureFilters(factory, content).pages(scopes));
        pages.addAll(enrollment.pages());
        pages.addAll(progressPages.pages());
        pages.addAll(new AssessmentPages(factory, data, charts, scopes).pages());
        pages.addAll(new IndicatorPages(factory, data, charts, scopes).pages());
        pages.add(new MethodologyPage(factory, data.standards()).page());
        return pages;
    }

    /** One language's pages, with what made them, the attachments its documents list and a portal's compare pickers. */
    private record Planned(PageFactory factory, List<PlannedPage> pages, Map<String, String> attachments,
                           Map<String, byte[]> pickers) {
    }

    /** The pages of both languages (a list the writer empties), the documents' attachments and each language's pickers. */
    private record Plan(List<PlannedPage> pages, Map<String, String> attachments, List<Map<String, byte[]>> pickers) {
    }

    private int copyAssets(Path out) {
        Map<String, byte[]> assets = theme.assets();
        assets.forEach((path, bytes) -> ParentFolders.write(out.resolve("assets").resolve(path), bytes));
        return assets.size();
    }

    private int copyAttachments(Map<String, String> attachments, Path out) {
        try {
            for (Map.Entry<String, String> attachment : attachments.entrySet()) {
                Path target = out.resolve(attachment.getKey());
                ParentFolders.creating(target, () -> Files.copy(siteRoot.resolve(attachment.getValue()), target));
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
