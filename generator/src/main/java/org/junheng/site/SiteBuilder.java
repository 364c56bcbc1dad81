package org.junheng.site;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junheng.charts.ChartBook;
import org.junheng.check.ContentChecker;
import org.junheng.check.OutputScanner;
import org.junheng.content.Attachment;
import org.junheng.content.CheckedFiles;
import org.junheng.content.Content;
import org.junheng.content.ContentLoader;
import org.junheng.content.Loaded;
import org.junheng.content.MarkdownMemo;
import org.junheng.content.Problem;
import org.junheng.content.SourceText;
import org.junheng.files.KeyTable;
import org.junheng.files.SpareFiles;
import org.junheng.indicators.Assessor;
import org.junheng.indicators.CountyAssessment;
import org.junheng.indicators.StandardSet;
import org.junheng.publish.CarriedYears;
import org.junheng.publish.CorrectionRules;
import org.junheng.publish.CountyRows;
import org.junheng.publish.OpenData;
import org.junheng.publish.Publisher;
import org.junheng.publish.ReleaseDate;
import org.junheng.publish.SchoolJsonLd;
import org.junheng.publish.TableLayouts;
import org.junheng.parallel.Parallel;
import org.junheng.render.ProfileSections;
import org.junheng.render.ModelDigest;
import org.junheng.render.RenderOptions;
import org.junheng.render.SiteData;
import org.junheng.render.RenderedSite;
import org.junheng.render.SiteInfo;
import org.junheng.render.SiteRenderer;
import org.junheng.render.Theme;

/** The pipeline: load, check, compute, render, write — into a staging folder swapped in at the end. */
public final class SiteBuilder {

    private final Runnable waitingForAnotherBuild;

    /** A builder that waits without a word while another build of the same site holds its lock (see {@link SiteLock}). */
    public SiteBuilder() {
        this(() -> { });
    }

    /** A builder that calls {@code waitingForAnotherBuild} before it waits for another build of the same site. */
    public SiteBuilder(Runnable waitingForAnotherBuild) {
        this.waitingForAnotherBuild = waitingForAnotherBuild;
    }

    /**
     * Loads and checks a site without writing anything; what {@code junheng check} runs. It takes the
     * Markdown the last build kept rendered (see {@link MarkdownMemo}) and the files it kept as
     * checked (see {@link CheckedFiles}), and keeps nothing itself.
     */
    public Inspection inspect(Path site) throws ContentRejected {
        return inspect(site, MarkdownMemo.in(markdownMemo(site), GeneratorCode.digest(), false),
                CheckedFiles.in(checkedFiles(site), GeneratorCode.digest(), false));
    }

    private Inspection inspect(Path site, MarkdownMemo markdown, CheckedFiles checkedFiles) throws ContentRejected {
        List<Problem> problems = new ArrayList<>();
        List<SourceText> configTexts = new ArrayList<>();
        SiteConfig config = new SiteConfigLoader().load(site, problems, configTexts)
                .orElseThrow(() -> new ContentRejected(reported(problems), true));
        StandardSetLoader.Result standards = StandardSetLoader.load(config.standards(), SiteConfigLoader.FILE);
        problems.addAll(standards.problems());
        if (standards.hasErrors()) {
            throw new ContentRejected(reported(problems), true);
        }
        ContentChecker checker = new ContentChecker(config.privacyAllowlist());
        Loaded loaded = new ContentLoader(site, checker, markdown, checkedFiles).load(config.counties())
                .withTextProblems(checker.problemsIn(configTexts));
        problems.addAll(loaded.problems());
        problems.addAll(checker.check(loaded));
        if (!loaded.hasErrors()) {
            problems.addAll(CorrectionRules.check(loaded.content()));
        }
        List<Problem> sorted = reported(problems);
        if (sorted.stream().anyMatch(Problem::isError)) {
            throw new ContentRejected(sorted, false);
        }
        return new Inspection(config, loaded.content(), standards.standards(), standards.basicBalance(), sorted);
    }

    public BuildResult build(BuildOptions options, SiteRenderer.ProgressListener progress) throws ContentRejected {
        return run(options, progress, true);
    }

    /**
     * Goes through a whole build of {@code options} — even with nothing changed — into a staging folder
     * that is not published but kept, with only the files that are the published ones, as the spare
     * folder the next build starts from (see {@link OutputFolder}): the output and the build cache are
     * left as they are. The live preview rehearses a few builds while the reader looks at the first
     * one, so that the JIT has compiled the build's code before the first edit. {@code progress} may
     * stop it by throwing.
     */
    public void rehearse(BuildOptions options, SiteRenderer.ProgressListener progress) throws ContentRejected {
        run(options, progress, false);
    }

    private BuildResult run(BuildOptions options, SiteRenderer.ProgressListener progress, boolean publish)
            throws ContentRejected {
        try (SiteLock ignored = SiteLock.acquire(options.site(), waitingForAnotherBuild)) {
            return runLocked(options, progress, publish);
        }
    }

    private BuildResult runLocked(BuildOptions options, SiteRenderer.ProgressListener progress, boolean publish)
            throws ContentRejected {
        long started = System.nanoTime();
        BuildPhases phases = new BuildPhases();
        OutputFolder output = new OutputFolder(options.out(), options.site());
        output.recoverFromInterruptedBuilds();
        BuildPhases.Start digesting = BuildPhases.start();
        String environment = new Digest().text(GeneratorCode.digest()).tree(options.site().resolve("templates")).hex();
        BuildCache cache = BuildCache.open(options.site(), options.out(), environment);
        String files = InputDigest.files(options, environment);
        phases.record(BuildStage.DIGEST_INPUTS, digesting);
        if (publish && cache.upToDate(files, options.threads())) {
            // the same inputs passed the same checks last time: their warnings are the ones found then
            return new BuildResult(cache.lastPageCount(), 0, 0, cache.lastWarnings(),
                    Duration.ofNanos(System.nanoTime() - started), phases.phases());
        }
        // the content and its results stay reachable only while the site is staged: at 10,000 schools
        // they were two thirds of what the output scan then kept live (224 MB, 77 MB without them)
        StagedBuild build = stage(options, progress, phases, cache, output, files);
        Throwable failure = null;
        try {
            Map<String, String> recorded = cache.publishedStamps();
            UnchangedFiles.Staged staged = phases.time(BuildStage.KEEP_UNCHANGED_FILES, () -> {
                SpareFiles.finish(build.folder());
                return UnchangedFiles.carryOver(build.folder(), options.out(), recorded, options.threads());
            });
            List<Problem> broken = phases.time(BuildStage.SCAN_OUTPUT, () -> new OutputScanner(options.threads())
                    .scan(build.folder(), staged.stamps().navigableKeySet(), staged.notAsPublished(), options.out(),
                            staged.keptEveryPublished()));
            if (!broken.isEmpty()) {
                throw new ContentRejected(reported(broken), false);
            }
            RenderedSite rendered = build.rendered();
            OpenData.Result openData = build.openData();
            int pages = rendered.pages() + openData.pages();
            if (!publish) {
                output.keepRehearsed(build.folder(), staged, recorded.keySet(), cache.manifestStamp());
                return new BuildResult(pages, 0, 0, build.warnings(), Duration.ofNanos(System.nanoTime() - started),
                        phases.phases());
            }
            phases.time(BuildStage.PUBLISH, () -> {
                Optional<Path> replaced = output.publish(build.folder());
                // packed, and so written in order: the next build reads them back into a table as they come
                Map<String, String> pageKeys = KeyTable.of(rendered.pageKeys(), openData.written().keys(),
                        build.published().keys());
                cache.save(build.inputs(), build.attachments(), build.warnings(), pages, pageKeys, staged.stamps(),
                        rendered.inputKeys(), rendered.madeFiles());
                replaced.ifPresent(previous -> output.keepSpare(previous, staged, cache.manifestStamp()));
                build.markdown().save();
                build.checkedFiles().save();
                HeapHint.record(options.site());
                ChartBook.prune(build.charts(), Instant.now());
            });
            return new BuildResult(pages, rendered.rendered() + openData.written().rendered(),
                    staged.written().size(), build.warnings(), Duration.ofNanos(System.nanoTime() - started),
                    phases.phases(), rendered.fromInputs(), openData.yearsCarried());
        } catch (ContentRejected | RuntimeException | Error e) {
            failure = e;
            throw e;
        } finally {
            OutputFolder.discard(build.folder(), failure);
        }
    }

    /**
     * A site staged but not yet compared, scanned or published: its folder, what the build cache
     * keeps of its inputs, its Markdown and its checked files, its warnings, and what rendering,
     * open data and the feeds wrote. It holds nothing else of the content.
     */
    private record StagedBuild(Path folder, String inputs, List<String> attachments, MarkdownMemo markdown,
                               CheckedFiles checkedFiles, List<Problem> warnings, ChartBook.Cache charts,
                               RenderedSite rendered, OpenData.Result openData, Publisher.Written published) {
    }

    /**
     * Loads and checks the site, then assesses it and writes its pages, open data, feeds, sitemap and
     * search into a new staging folder, which is deleted if any of that fails.
     */
    private StagedBuild stage(BuildOptions options, SiteRenderer.ProgressListener progress, BuildPhases phases,
                              BuildCache cache, OutputFolder output, String files) throws ContentRejected {
        BuildPhases.Start loading = BuildPhases.start();
        MarkdownMemo markdown = MarkdownMemo.in(markdownMemo(options.site()), GeneratorCode.digest(),
                options.verifyCache());
        CheckedFiles checkedFiles = CheckedFiles.in(checkedFiles(options.site()), GeneratorCode.digest(),
                options.verifyCache());
        Inspection inspection = inspect(options.site(), markdown, checkedFiles);
        phases.record(BuildStage.LOAD_AND_CHECK, loading);
        SiteConfig config = inspection.config();
        List<String> attachments = inspection.content().documents().stream()
                .flatMap(document -> document.attachments().stream()).map(Attachment::sitePath).toList();
        String inputs = InputDigest.withAttachments(files, options.site(), attachments);
        Path staging = output.newStaging(cache.publishedStamps(), cache.manifestStamp());
        try {
            Theme theme = new Theme(options.site());
            ChartBook.Cache charts = new ChartBook.Cache(chartCache(options), GeneratorCode.digest());
            SiteRenderer renderer = new SiteRenderer(options.site(), theme, options.threads(), Optional.of(charts),
                    options.verifyCache());
            SiteInfo site = siteInfo(config, options);
            Content content = inspection.content();
            List<CountyAssessment> assessments = phases.time(BuildStage.ASSESS, () -> Assessor.assess(content,
                    inspection.standards(), Optional.of(inspection.basicBalance()),
                    (counties, one) -> Parallel.map(options.threads(), counties, one)));
            SiteData data = new SiteData(site, content, inspection.standards(), assessments);
            RenderOptions renderOptions = new RenderOptions(BuildDate.resolve(options.buildDate(), content),
                    config.suppressionThreshold(), config.pinyinOverrides());
            ProfileSections profiles = ProfileSections.NONE.and(new SchoolJsonLd(site, content));
            RenderedSite rendered = phases.time(BuildStage.RENDER_PAGES, () -> renderer.render(data, renderOptions, profiles,
                    staging, progress, cache.pages()));
            String assessedBy = GeneratorCode.digest() + "\n" + ModelDigest.of(Map.of("standards",
                    inspection.standards(), "basicBalance", inspection.basicBalance()));
            CarriedYears years = CarriedYears.in(BuildCache.in(options.site(), "open-data"), assessedBy,
                    options.verifyCache());
            OpenData.Result openData = phases.time(BuildStage.OPEN_DATA, () -> new OpenData(data, theme, options.threads(),
                    config.suppressionThreshold()).publish(staging, options.out(),
                    ReleaseDate.of(options.buildDate(), content), cache.pages(), years,
                    TableLayouts.in(BuildCache.in(options.site(), "table-layouts"), GeneratorCode.digest()),
                    CountyRows.in(BuildCache.in(options.site(), "county-rows"), assessedBy, options.verifyCache())));
            if (!openData.problems().isEmpty()) {
                throw new ContentRejected(openData.problems(), false);
            }
            List<String> pageUrls = new ArrayList<>(rendered.canonicalUrls());
            pageUrls.addAll(openData.canonicalUrls());
            Publisher.Written published = phases.time(BuildStage.FEEDS_SITEMAP_SEARCH, () -> new Publisher(site,
                    content, renderOptions.buildDate(), cache.pages()).write(staging, pageUrls.stream().sorted().toList()));
            return new StagedBuild(staging, inputs, attachments, markdown, checkedFiles, inspection.problems(), charts,
                    rendered, openData, published);
        } catch (ContentRejected | RuntimeException | Error e) {
            OutputFolder.discard(staging, e);
            throw e;
        }
    }

    private static Path markdownMemo(Path site) {
        return BuildCache.in(site, "markdown");
    }

    private static Path checkedFiles(Path site) {
        return BuildCache.in(site, "checked-files");
    }

    private static Path chartCache(BuildOptions options) {
        return BuildCache.in(options.site(), "charts");
    }

    /** In reading order, with any personal number a message quotes masked: findings end up in CI logs. */
    private static List<Problem> reported(List<Problem> problems) {
        return ContentChecker.sorted(problems.stream().map(ContentChecker::redacted).toList());
    }

    private static SiteInfo siteInfo(SiteConfig config, BuildOptions options) {
        String baseUrl = options.baseUrl().map(url -> url.endsWith("/") ? url : url + "/").orElse(config.baseUrl());
        String basePath = baseUrl.equals("/") ? "/" : URI.create(baseUrl).getPath();
        return new SiteInfo(config.title(), config.titleEn(), config.language(), baseUrl,
                basePath.isEmpty() ? "/" : basePath, config.publisher(), config.regionName(), config.licenceName(),
                config.licenceUrl(), Version.current(), config.publisherEn(),
                config.counties().size() == 1 ? config.counties().get(0).nameEn() : config.regionName());
    }

    /** A site that loaded and passed the checks, with any warnings. */
    public record Inspection(SiteConfig config, Content content, StandardSet standards, StandardSet basicBalance,
                             List<Problem> problems) {
    }
}
