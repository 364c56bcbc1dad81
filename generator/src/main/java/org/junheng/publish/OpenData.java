package org.junheng.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.function.IntConsumer;
import org.junheng.content.County;
import org.junheng.content.Problem;
import org.junheng.content.School;
import org.junheng.files.KeyTable;
import org.junheng.files.ParentFolders;
import org.junheng.files.Sha256;
import org.junheng.files.SpareFiles;
import org.junheng.render.CarriedFile;
import org.junheng.render.Labels;
import org.junheng.render.Page;
import org.junheng.render.PageCache;
import org.junheng.render.PageLanguage;
import org.junheng.render.PageFactory;
import org.junheng.render.PageWriter;
import org.junheng.parallel.Parallel;
import org.junheng.render.SiteData;
import org.junheng.render.Theme;

/**
 * Publishes the open data of a rendered site — the front door of this package:
 *
 * <pre>
 *   OpenData.Result result = new OpenData(siteData, theme, threads).publish(staging, previousOutput, releaseDate);
 * </pre>
 *
 * It writes {@code /data/}: every school year's tables (and {@code latest/}) as canonical CSV,
 * Excel CSV and JSON, {@code datapackage.json} files, {@code changelog.json}, {@code SHA256SUMS},
 * the data page and the data dictionary; and {@code /schools/{code}/data.json} for each school.
 * If any cell would publish an unsuppressed small count of children, the problems are returned
 * instead, and the build throws its staging folder away: nothing is published. (Personal data
 * never gets this far: the content checks scan every text the tables are made from.) The rows
 * each {@code data.json} gathers wait meanwhile in a temporary file (see {@link SchoolRows}).
 */
public final class OpenData {

    private final SiteData data;
    private final Theme theme;
    private final int threads;
    private final int suppressionThreshold;
    private final int excelRows;

    public OpenData(SiteData data, Theme theme, int threads) {
        this(data, theme, threads, MissingValues.SUPPRESSION_THRESHOLD);
    }

    public OpenData(SiteData data, Theme theme, int threads, int suppressionThreshold) {
        this(data, theme, threads, suppressionThreshold, DataFiles.EXCEL_ROWS);
    }

    /** @param excelRows the most rows one file of a table's Excel form holds (an Excel sheet's, but for tests) */
    OpenData(SiteData data, Theme theme, int threads, int suppressionThreshold, int excelRows) {
        this.data = data;
        this.theme = theme;
        this.threads = threads;
        this.suppressionThreshold = suppressionThreshold;
        this.excelRows = excelRows;
    }

    /**
     * What publishing produced: files written, the canonical addresses of its pages (for the
     * sitemap), the release — or the problems that stopped it — and how its pages were written,
     * with the key of every page and table file for the next build's cache, and the school years whose
     * tables were taken from the build cache by their input keys rather than made.
     */
    public record Result(int files, List<String> canonicalUrls, List<Problem> problems, Optional<Release> release,
                         PageWriter.Written written, List<Integer> yearsCarried) {

        public Result {
            canonicalUrls = List.copyOf(canonicalUrls);
            problems = List.copyOf(problems);
            yearsCarried = List.copyOf(yearsCarried);
        }

        /** The pages written: the data page and the data dictionary. */
        public int pages() {
            return canonicalUrls.size();
        }
    }

    /**
     * @param out            the staging folder the site is being built in
     * @param previousOutput the output folder this build will replace, read for the change log
     * @param releaseDate    the date of this release (see {@link ReleaseDate})
     */
    public Result publish(Path out, Path previousOutput, LocalDate releaseDate) {
        return publish(out, previousOutput, releaseDate, PageCache.NONE);
    }

    /** Publishes as above, carrying over from {@code cache} each page whose key has not changed. */
    public Result publish(Path out, Path previousOutput, LocalDate releaseDate, PageCache cache) {
        return publish(out, previousOutput, releaseDate, cache, CarriedYears.NONE);
    }

    /**
     * Publishes as above, and takes each school year whose inputs are unchanged from {@code carriedYears}
     * rather than making its tables again (see {@link CarriedYears}).
     */
    public Result publish(Path out, Path previousOutput, LocalDate releaseDate, PageCache cache,
                          CarriedYears carriedYears) {
        return publish(out, previousOutput, releaseDate, cache, carriedYears, TableLayouts.NONE);
    }

    /**
     * Publishes as above, and writes each table a piece at a time, copying the pieces its published
     * files hold, as {@code layouts} says they stand there (see {@link TableForms}).
     */
    public Result publish(Path out, Path previousOutput, LocalDate releaseDate, PageCache cache,
                          CarriedYears carriedYears, TableLayouts layouts) {
        return publish(out, previousOutput, releaseDate, cache, carriedYears, layouts, CountyRows.NONE);
    }

    /**
     * Publishes as above, and takes each county's rows of the indicator tables and county items of a year
     * made again from {@code countyRows} where its content is unchanged (see {@link CountyRows}).
     */
    public Result publish(Path out, Path previousOutput, LocalDate releaseDate, PageCache cache,
                          CarriedYears carriedYears, TableLayouts layouts, CountyRows countyRows) {
        try (SchoolRows schoolRows = new SchoolRows(data.content().schools().stream().map(School::code).toList(),
                threads)) {
            DataFiles files = new DataFiles(out.resolve(DataFiles.FOLDER), cache, excelRows, layouts,
                    carriedYears.verify());
            return publish(out, previousOutput, releaseDate, cache, files, carriedYears,
                    countyRows.keyedBy(data.shares(), threads), schoolRows);
        }
    }

    private Result publish(Path out, Path previousOutput, LocalDate releaseDate, PageCache cache, DataFiles files,
                           CarriedYears carriedYears, CountyRows countyRows, SchoolRows schoolRows) {
        DataCatalogue catalogue = DataCatalogue.standard(data.content(), data.assessments(), suppressionThreshold,
                countyRows);
        List<Integer> years = List.copyOf(catalogue.years());
        Path dataFolder = out.resolve(DataFiles.FOLDER);
        List<Problem> problems = new ArrayList<>();
        Map<String, List<PublishedTable>> folders = new LinkedHashMap<>();
        List<PublishedTable> yearTables = new ArrayList<>();
        List<Integer> yearsCarried = new ArrayList<>();
        int latest = years.isEmpty() ? 0 : catalogue.latest();
        if (!years.isEmpty()) {
            folders.put(DataFiles.LATEST, new ArrayList<>());
            years.stream().sorted((a, b) -> b - a).forEach(year -> folders.put(String.valueOf(year), new ArrayList<>()));
            YearTables byYear = new YearTables(catalogue, files, new DownloadGuard(suppressionThreshold), schoolRows,
                    carriedYears, YearKeys.of(data.shares(), carriedYears.context(), catalogue.years(),
                    catalogue.assessed(), suppressionThreshold, excelRows, threads), threads);
            for (int year : years) {
                byYear.publish(year, folders.get(String.valueOf(year)), problems);
            }
            byYear.pruneCache();
            countyRows.prune(years);
            yearsCarried.addAll(byYear.carried());
            if (!problems.isEmpty()) {
                return new Result(0, List.of(), problems, Optional.empty(), new PageWriter.Written(0, Map.of()),
                        List.of());
            }
            files.pruneLayouts();
            // latest/ holds the newest assessed year's files again, linked rather than formatted twice
            folders.get(String.valueOf(latest)).forEach(table ->
                    folders.get(DataFiles.LATEST).add(files.copy(table, DataFiles.LATEST)));
            folders.forEach((folder, tables) -> {
                if (!folder.equals(DataFiles.LATEST)) {
                    yearTables.addAll(0, tables);
                }
            });
        }

        Described described = describe(files, dataFolder, previousOutput, releaseDate, folders, yearTables);
        ChangeLog changeLog = described.changeLog();
        Release release = changeLog.current();
        int written = described.files();
        KeyTable.Builder schoolFileKeys = new KeyTable.Builder();
        written += writeSchoolFiles(out, previousOutput, schoolRows, release, cache, schoolFileKeys);

        String jsonLd = Json.forScript(new DatasetJsonLd(data.site()).dataset(release, catalogue.years(), yearTables));
        List<Page> dataPages = new ArrayList<>();
        for (PageLanguage language : PageLanguage.values()) {
            PageFactory factory = new PageFactory(data.site(), language,
                    Labels.load(theme.configuration(), language.labelsName()), theme.extras(), Map.of());
            DataPages pages = new DataPages(factory, suppressionThreshold);
            dataPages.add(pages.dataPage(folders, latest, changeLog, jsonLd));
            dataPages.add(pages.dictionaryPage(catalogue.schemas()));
        }
        IntConsumer ignore = done -> { };
        int pageCount = dataPages.size();
        PageWriter.Written pagesWritten = new PageWriter(theme.configuration(), threads, cache).write(dataPages, out, ignore);
        Map<String, String> keys = KeyTable.of(pagesWritten.keys(), files.keys(), schoolFileKeys.build(false),
                Map.of(DataFiles.FOLDER + "/" + Sha256Sums.FILE, CarriedDigests.SUMS_KEY));
        return new Result(written + pageCount, List.copyOf(pagesWritten.canonicalUrls()), List.of(),
                Optional.of(release), new PageWriter.Written(pagesWritten.rendered(), keys), yearsCarried);
    }

    private static void clearSpareFiles(Path dataFolder) {
        try {
            SpareFiles.clearUnder(dataFolder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the data files this build did not make", e);
        }
    }

    /** The change log, and the number of files under {@code /data/} with {@code SHA256SUMS}. */
    private record Described(ChangeLog changeLog, int files) {
    }

    /**
     * Writes what describes the data files: the data packages, the change log and {@code SHA256SUMS}.
     * A method of its own so that a national site's half a million checksums are let go before the
     * schools' files are written.
     */
    private Described describe(DataFiles files, Path dataFolder, Path previousOutput, LocalDate releaseDate,
                               Map<String, List<PublishedTable>> folders, List<PublishedTable> yearTables) {
        // what a rebuild started from (see SpareFiles) and did not make again is not part of this release
        clearSpareFiles(dataFolder);
        KeyTable listed = Sha256Sums.of(dataFolder, threads, files.knownDigests());
        ChangeLog changeLog = ChangeLog.next(PublishedBefore.tableFiles(listed), path -> header(dataFolder, path),
                data.content().corrections().stream().map(CorrectionNote::of).toList(), releaseDate,
                PublishedBefore.read(previousOutput.resolve(DataFiles.FOLDER), files.publishedSums()));
        DataPackages packages = new DataPackages(data.site(),
                data.content().counties().stream().map(County::code).toList(), changeLog.current(),
                suppressionThreshold);
        Map<String, String> described = new TreeMap<>();
        BiConsumer<String, byte[]> describe = (path, bytes) -> {
            files.write(path, bytes);
            described.put(path, Sha256.hex(bytes));
        };
        if (!yearTables.isEmpty()) {
            folders.forEach((folder, tables) -> describe.accept(folder + "/datapackage.json",
                    Json.bytes(packages.folder(folder, tables))));
            describe.accept("datapackage.json", Json.bytes(packages.all(yearTables)));
        }
        describe.accept(ChangeLog.FILE, Json.bytes(changeLog.json()));
        KeyTable sums = KeyTable.of(listed, described);
        files.write(Sha256Sums.FILE, stream -> Sha256Sums.write(sums, stream));
        return new Described(changeLog, sums.size() + 1);
    }

    /** Writes each school's {@code data.json}, or carries over the published one; {@code keys} gets the key of each. */
    private int writeSchoolFiles(Path out, Path previousOutput, SchoolRows rows, Release release, PageCache cache,
                                 KeyTable.Builder keys) {
        SchoolDataJson json = new SchoolDataJson(data.site(), release, rows);
        Parallel.forEach(threads, data.content().schools(), school -> {
            String path = SchoolDataJson.path(school);
            String key = json.key(school);
            keys.add(path, key);
            Optional<Path> unchanged = cache.previous(path, key);
            if (unchanged.isPresent()) {
                CarriedFile.carry(unchanged.get(), out.resolve(path));
                return;
            }
            Path before = previousOutput.resolve(path);
            json.replacement(school, published(before)).ifPresentOrElse(bytes -> ParentFolders.write(out.resolve(path), bytes),
                    // compared already: not written, not compared again
                    () -> carryCompared(before, out.resolve(path)));
        });
        return data.content().schools().size();
    }

    /**
     * Carries over a published file found equal by its bytes rather than by the stamp the last build
     * recorded: it need not be the very file a spare one at {@code target} is (see {@link SpareFiles}),
     * so that one is deleted first.
     */
    private static void carryCompared(Path published, Path target) {
        try {
            SpareFiles.clear(target);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot replace " + target, e);
        }
        CarriedFile.carry(published, target);
    }

    /** The bytes of a file of the output this build replaces, if it has one. */
    private static Optional<byte[]> published(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readAllBytes(file));
        } catch (IOException e) {
            return Optional.empty(); // unreadable: this build's file replaces it
        }
    }

    private static String header(Path dataFolder, String path) {
        return DataFiles.header(dataFolder.resolve(path))
                .orElseThrow(() -> new IllegalStateException("cannot read back data/" + path));
    }

}
