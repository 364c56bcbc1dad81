package org.junheng.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A table the text checks found nothing in is kept, and not checked again while its text is the same. */
class CheckedTablesTest {

    private static final String KEY = CheckedTables.key("content/statistics/2024.csv", "year,code\n2024,2199020001\n");
    private static final Problem FOUND = Problem.error(SourceLocation.line("content/statistics/2024.csv", 2), "",
            "privacy.mobile", "", "");

    @TempDir
    Path cache;

    private final AtomicInteger checks = new AtomicInteger();

    private Supplier<TextCheck.Findings> finding(List<Problem> problems, boolean nothingFound) {
        return () -> {
            checks.incrementAndGet();
            return new TextCheck.Findings(problems, nothingFound);
        };
    }

    private Path file() {
        return cache.resolve("checked-tables");
    }

    private void keepClean(String code) {
        CheckedTables earlier = CheckedTables.in(file(), code, false);
        earlier.problems(Optional.of(KEY), finding(List.of(), true));
        earlier.save();
    }

    @Test
    void aTableFoundCleanIsTakenByTheNextLoadWithoutChecking() {
        keepClean("code");
        checks.set(0);

        List<Problem> problems = CheckedTables.in(file(), "code", false).problems(Optional.of(KEY),
                finding(List.of(FOUND), false));

        assertThat(problems).isEmpty();
        assertThat(checks).hasValue(0);
    }

    @Test
    void aTableOfAnotherTextOrCheckedByOtherCodeIsChecked() {
        keepClean("code");
        checks.set(0);

        String edited = CheckedTables.key("content/statistics/2024.csv", "year,code\n2024,2199020002\n");
        String moved = CheckedTables.key("content/statistics/2023.csv", "year,code\n2024,2199020001\n");
        assertThat(CheckedTables.in(file(), "code", false).problems(Optional.of(edited),
                finding(List.of(FOUND), false))).containsExactly(FOUND);
        assertThat(CheckedTables.in(file(), "code", false).problems(Optional.of(moved),
                finding(List.of(FOUND), false))).containsExactly(FOUND);
        assertThat(CheckedTables.in(file(), "other code", false).problems(Optional.of(KEY),
                finding(List.of(FOUND), false))).containsExactly(FOUND);
        assertThat(CheckedTables.in(file(), "code", false).problems(Optional.empty(),
                finding(List.of(FOUND), false))).as("a workbook's table, which has no key").containsExactly(FOUND);
        assertThat(checks).hasValue(4);
    }

    @Test
    void aTableWithFindingsIsNotKeptNorOneWhoseValueTheAllowlistLetThrough() {
        CheckedTables earlier = CheckedTables.in(file(), "code", false);
        String warned = CheckedTables.key("content/projects/a.csv", "a");
        String allowed = CheckedTables.key("content/projects/b.csv", "b");
        earlier.problems(Optional.of(warned), finding(List.of(FOUND), false));
        earlier.problems(Optional.of(allowed), finding(List.of(), false));
        earlier.save();
        checks.set(0);

        CheckedTables later = CheckedTables.in(file(), "code", false);
        later.problems(Optional.of(warned), finding(List.of(FOUND), false));
        later.problems(Optional.of(allowed), finding(List.of(), false));

        assertThat(checks).hasValue(2);
    }

    @Test
    void onlyWhatTheLastLoadCheckedOrTookIsKept() {
        keepClean("code");
        CheckedTables later = CheckedTables.in(file(), "code", false);
        later.problems(Optional.of(CheckedTables.key("content/schools.csv", "other")), finding(List.of(), true));
        later.save();
        checks.set(0);

        CheckedTables.in(file(), "code", false).problems(Optional.of(KEY), finding(List.of(), true));

        assertThat(checks).as("the table the last load did not read is checked again").hasValue(1);
    }

    @Test
    void aVerifyingLoadChecksAKeptTableAndStopsIfItHasFindingsAfterAll() {
        keepClean("code");
        checks.set(0);

        CheckedTables verifying = CheckedTables.in(file(), "code", true);

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

        CheckedTables.in(file(), "code", false).problems(Optional.of(KEY), finding(List.of(), true));

        assertThat(checks).hasValue(1);
    }
}
