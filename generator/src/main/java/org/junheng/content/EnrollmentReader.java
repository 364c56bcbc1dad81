package org.junheng.content;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.regex.Pattern;

/**
 * Reads {@code content/enrollment/}: one folder per school year ({@code 2024/}) holding any of
 * {@code policy.md}, {@code timetable.csv}, {@code zones.csv}, {@code plans.csv},
 * {@code admissions.csv} and declared result lists under {@code results/}.
 */
final class EnrollmentReader {

    private static final Pattern YEAR = Pattern.compile("(19|20)[0-9]{2}");

    private final Path siteRoot;
    private final TextSource texts;
    private final EnrollmentPolicyReader policies;

    EnrollmentReader(Path siteRoot, MarkdownRenderer markdown, TextSource texts) {
        this.siteRoot = siteRoot;
        this.texts = texts;
        this.policies = new EnrollmentPolicyReader(markdown);
    }

    List<EnrollmentYear> read(Path folder, List<Problem> problems) {
        List<EnrollmentYear> years = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return years;
        }
        for (Path yearFolder : subfolders(folder)) {
            String name = yearFolder.getFileName().toString();
            if (!YEAR.matcher(name).matches()) {
                problems.add(Problem.error(SourceLocation.file(relative(yearFolder)), name, "enrollment.folder",
                        "招生文件夹应以学年命名", "把文件夹改名为学年开始的年份，例如 content/enrollment/2024/"));
                continue;
            }
            years.add(readYear(Integer.parseInt(name), yearFolder, problems));
        }
        return years;
    }

    private EnrollmentYear readYear(int year, Path folder, List<Problem> problems) {
        Optional<EnrollmentPolicy> policy = texts.read(folder.resolve("policy.md"), problems)
                .flatMap(text -> policies.read(relative(folder.resolve("policy.md")), text, problems));
        return new EnrollmentYear(year, policy,
                table(folder.resolve("timetable.csv"), EnrollmentTables.TIMETABLE, EnrollmentTables::timetable, problems),
                table(folder.resolve("zones.csv"), EnrollmentTables.ZONES, EnrollmentTables::zones, problems),
                table(folder.resolve("plans.csv"), EnrollmentTables.PLANS, EnrollmentTables::plans, problems),
                table(folder.resolve("admissions.csv"), EnrollmentTables.ADMISSIONS, EnrollmentTables::admissions,
                        problems),
                resultLists(year, folder.resolve("results"), problems));
    }

    private List<ResultList> resultLists(int year, Path folder, List<Problem> problems) {
        List<ResultList> lists = new ArrayList<>();
        ResultListReader reader = new ResultListReader();
        for (Path declaration : ContentFiles.find(folder, "yml", "yaml")) {
            String fileName = declaration.getFileName().toString();
            String slug = fileName.substring(0, fileName.lastIndexOf('.'));
            Path table = declaration.resolveSibling(slug + ".csv");
            Optional<String> declared = texts.read(declaration, problems);
            Optional<String> rows = texts.read(table, problems);
            declared.flatMap(text -> reader.read(relative(declaration), text, relative(table), rows, year, slug,
                    problems)).ifPresent(lists::add);
        }
        for (Path table : ContentFiles.find(folder, "csv")) {
            String fileName = table.getFileName().toString();
            String stem = fileName.substring(0, fileName.length() - ".csv".length());
            if (!Files.exists(table.resolveSibling(stem + ".yml")) && !Files.exists(table.resolveSibling(stem + ".yaml"))) {
                // an undeclared list has no notice period, so it could stay online for ever
                problems.add(Problem.error(SourceLocation.file(relative(table)), fileName, "result-list.undeclared",
                        "名单没有同名的声明文件，不知道公示期", "加入 " + stem + ".yml，写明 title、published、notice_start、notice_end"));
            }
        }
        return lists;
    }

    private <T> List<T> table(Path file, List<Column> columns,
                              BiFunction<List<TableRow>, List<Problem>, List<T>> reader, List<Problem> problems) {
        return texts.read(file, problems)
                .map(text -> reader.apply(new CsvTableReader(columns).read(relative(file), text, problems), problems))
                .orElse(List.of());
    }

    private static List<Path> subfolders(Path folder) {
        try (var entries = Files.list(folder)) {
            return entries.filter(Files::isDirectory)
                    .filter(p -> !p.getFileName().toString().startsWith(".") && !p.getFileName().toString().startsWith("_"))
                    .sorted().toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private String relative(Path file) {
        return ContentFiles.relative(siteRoot, file);
    }
}
