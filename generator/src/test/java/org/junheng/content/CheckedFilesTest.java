package org.junheng.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file the text checks found nothing in is kept, and not checked again while its text is the same. */
class CheckedFilesTest {

    private static final String KEY = key("content/statistics/2024.csv", "year,code\n2024,2199020001\n");
    private static final Problem FOUND = Problem.error(SourceLocation.line("content/statistics/2024.csv", 2), "",
            "privacy.mobile", "", "");

    @TempDir
    Path cache;

    private final AtomicInteger checks = new AtomicInteger();

    private static String key(String file, String text) {
        return CheckedFiles.key(file, text.getBytes(StandardCharsets.UTF_8));
    }

    private Supplier<TextCheck.Findings> finding(List<Problem> problems, boolean nothingFound) {
        return () -> {
            checks.incrementAndGet();
            return new TextCheck.Findings(problems, nothingFound);
        };
    }

    private Path file() {
        return cache.resolve("checked-files");
    }

    private void keepClean(String code) {
        CheckedFiles earlier = CheckedFiles.in(file(), code, false);
        earlier.problems(Optional.of(KEY), finding(List.of(), true));
        earlier.save();
    }

    @Test
    void aFileFoundCleanIsTakenByTheNextLoadWithoutChecking() {
        keepClean("code");
        checks.set(0);

        List<Problem> problems = CheckedFiles.in(file(), "code", false).problems(Optional.of(KEY),
                finding(List.of(FOUND), false));

        assertThat(problems).isEmpty();
        assertThat(checks).hasValue(0);
    }

    @Test
    void aFileOfAnotherTextOrCheckedByOtherCodeIsChecked() {
        keepClean("code");
        checks.set(0);

        String edited = key("content/statistics/2024.csv", "year,code\n2024,2199020002\n");
        String moved = key("content/statistics/2023.csv", "year,code\n2024,2199020001\n");
        assertThat(CheckedFiles.in(file(), "code", false).problems(Optional.of(edited),
                finding(List.of(FOUND), false))).containsExactly(FOUND);
        assertThat(CheckedFiles.in(file(), "code", false).problems(Optional.of(moved),
                finding(List.of(FOUND), false))).containsExactly(FOUND);
        assertThat(CheckedFiles.in(file(), "other code", false).problems(Optional.of(KEY),
                finding(List.of(FOUND), false))).containsExactly(FOUND);
        assertThat(CheckedFiles.in(file(), "code", false).problems(Optional.empty(),
                finding(List.of(FOUND), false))).as("a workbook's table, which has no key").containsExactly(FOUND);
        assertThat(checks).hasValue(4);
    }

    @Test
    void aFileWithFindingsIsNotKeptNorOneWhoseValueTheAllowlistLetThrough() {
        CheckedFiles earlier = CheckedFiles.in(file(), "code", false);
        String warned = key("content/projects/a.csv", "a");
        String allowed = key("content/projects/b.csv", "b");
        earlier.problems(Optional.of(warned), finding(List.of(FOUND), false));
        earlier.problems(Optional.of(allowed), finding(List.of(), false));
        earlier.save();
        checks.set(0);

        CheckedFiles later = CheckedFiles.in(file(), "code", false);
        later.problems(Optional.of(warned), finding(List.of(FOUND), false));
        later.problems(Optional.of(allowed), finding(List.of(), false));

        assertThat(checks).hasValue(2);
    }

    @Test
    void onlyWhatTheLastLoadCheckedOrTookIsKept() {
        keepClean("code");
        CheckedFiles later = CheckedFiles.in(file(), "code", false);
        later.problems(Optional.of(key("content/schools.csv", "other")), finding(List.of(), true));
        later.save();
        checks.set(0);

        CheckedFiles.in(file(), "code", false).problems(Optional.of(KEY), finding(List.of(), true));

        assertThat(checks).as("the file the last load did not read is checked again").hasValue(1);
    }

    @Test
    void aVerifyingLoadChecksAKeptFileAndStopsIfItHasFindingsAfterAll() {
        keepClean("code");
        checks.set(0);

        CheckedFiles verifying = CheckedFiles.in(file(), "code", true);

        assertThat(verifying.problems(Optional.of(KEY), finding(List.of(), true))).isEmpty();
        assertThatThrownBy(() -> verifying.problems(Optional.of(KEY), finding(List.of(FOUND), false)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("the key misses something");
        assertThat(checks).hasValue(2);
    }

    @Test
    void aFileCutShortIsNoneKept() throws IOException {
        keepClean("code");
        byte[] bytes = Files.readAllBytes(file());
        Files.write(file(), java.util.Arrays.copyOf(bytes, bytes.length - 10));
        checks.set(0);

        CheckedFiles.in(file(), "code", false).problems(Optional.of(KEY), finding(List.of(), true));

        assertThat(checks).hasValue(1);
    }
}
