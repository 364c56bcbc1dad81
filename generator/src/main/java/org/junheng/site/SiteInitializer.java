package org.junheng.site;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import org.junheng.content.WorkbookTemplate;
import java.util.stream.Stream;

/**
 * Writes a new site into an empty folder: a commented configuration, data files with
 * Chinese headers and one example row each, county inputs with every item, a sample
 * document, an about page and a README for the bureau's staff. The new site passes
 * {@code junheng check} and builds as it is.
 */
public final class SiteInitializer {

    static final String WORKBOOK = "Excel填报模板.xlsx";

    private static final String STARTER = "/org/junheng/starter/";
    private static final int FIRST_YEAR = 2000;
    private static final int LAST_YEAR = 2099;

    /** The starter's files: resource name, and where it goes ({@code {{year}}} is the school year). */
    private static final List<StarterFile> FILES = List.of(
            new StarterFile("README.md", "README.md"),
            new StarterFile("gitignore", ".gitignore"),
            new StarterFile("site-config.yml", "site-config.yml"),
            new StarterFile("schools.csv", "content/schools.csv"),
            new StarterFile("statistics.csv", "content/statistics/{{year}}.csv"),
            new StarterFile("county.yml", "content/county/{{year}}.yml"),
            new StarterFile("document.md", "content/documents/{{year}}-example-notice.md"),
            new StarterFile("about.md", "content/about.md"));

    private final int schoolYear;

    /** A starter whose example statistics and county inputs are for {@code schoolYear} (its start year). */
    public SiteInitializer(int schoolYear) {
        if (schoolYear < FIRST_YEAR || schoolYear > LAST_YEAR) {
            throw new IllegalArgumentException("学年 " + schoolYear + " 不在 " + FIRST_YEAR + "—" + LAST_YEAR
                    + " 之间：--year 写学年开始的年份，例如 2024");
        }
        this.schoolYear = schoolYear;
    }

    /** The school year under way on {@code date}: a school year starts in September. */
    public static int schoolYearOn(LocalDate date) {
        return date.getMonth().compareTo(Month.SEPTEMBER) >= 0 ? date.getYear() : date.getYear() - 1;
    }

    /**
     * Creates the site in {@code folder}, which must be missing or empty. Returns the files
     * written, relative to the folder, in the order written.
     */
    public List<String> create(Path folder) {
        refuseUnlessEmpty(folder);
        List<String> written = new ArrayList<>();
        try {
            Files.createDirectories(folder);
            for (StarterFile file : FILES) {
                String path = fill(file.target());
                Path target = folder.resolve(path);
                Files.createDirectories(target.getParent());
                Files.writeString(target, fill(resource(file.resource())), StandardCharsets.UTF_8);
                written.add(path);
            }
            addWorkbookTemplate(folder, written);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the new site into " + folder, e);
        }
        return List.copyOf(written);
    }

    /**
     * The Excel workbook for staff who fill tables in Excel or WPS. It sits beside content/, not in it:
     * a workbook and a CSV for the same table would be an error until the staff choose one.
     */
    private static void addWorkbookTemplate(Path folder, List<String> written) throws IOException {
        WorkbookTemplate.write(folder.resolve(WORKBOOK));
        written.add(WORKBOOK);
    }

    private String fill(String text) {
        return text.replace("{{year}}", Integer.toString(schoolYear))
                .replace("{{next_year}}", Integer.toString(schoolYear + 1));
    }

    private static void refuseUnlessEmpty(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException(folder + " 是一个文件，不是文件夹：请给出一个新的或空的文件夹");
        }
        try (Stream<Path> entries = Files.list(folder)) {
            if (entries.findAny().isPresent()) {
                throw new IllegalArgumentException("文件夹 " + folder
                        + " 不是空的，为免覆盖已有文件，没有写入任何内容：请给出一个新的或空的文件夹");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + folder, e);
        }
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = SiteInitializer.class.getResourceAsStream(STARTER + name)) {
            if (in == null) {
                throw new IOException("the starter file " + name + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private record StarterFile(String resource, String target) {
    }
}
