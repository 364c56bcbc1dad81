package org.junheng.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SuppressionTest {

    @Test
    void hidesCountsBelowTheThresholdButShowsZero() {
        SuppressedTable table = Suppression.suppress(new int[][] {{120, 3, 0}, {80, 12, 0}}, 5);

        assertThat(table.text(0, 1)).isEqualTo(Suppression.CODE);
        assertThat(table.text(0, 2)).isEqualTo("0");
        assertThat(table.text(1, 2)).isEqualTo("0");
    }

    @Test
    void aZeroIsNotUsedToProtectAHiddenCellBecauseAKnownZeroProtectsNothing() {
        SuppressedTable table = Suppression.suppress(new int[][] {{120, 3, 0}, {80, 12, 0}}, 5);

        assertThat(table.isSuppressed(0, 2)).isFalse();
        assertThat(table.isSuppressed(0, 0)).as("the smallest non-zero cell of the row").isTrue();
        assertThatNoHiddenCellCanBeRecoveredBySubtraction(table);
    }

    @Test
    void aLoneHiddenCellInARowHidesTheNextSmallestToo() {
        // 200 local, 3 migrant, 9 special care: without a second hidden cell, 3 = 212 − 200 − 9
        SuppressedTable table = Suppression.suppress(new int[][] {{200, 3, 9}, {150, 20, 30}}, 5);

        assertThat(table.isSuppressed(0, 1)).isTrue();
        assertThat(table.isSuppressed(0, 2)).as("the next smallest in the row").isTrue();
        assertThat(table.isSuppressed(0, 0)).isFalse();
        assertThatNoHiddenCellCanBeRecoveredBySubtraction(table);
    }

    @Test
    void columnsAreProtectedAgainstTheCountyTotalAsWell() {
        SuppressedTable table = Suppression.suppress(new int[][] {{100, 2}, {90, 30}, {80, 40}}, 5);

        assertThat(table.isSuppressed(0, 1)).isTrue();
        // column 1: 2 + 30 + 40 = 72 is published, so another cell of that column must go too
        long hiddenInColumn = java.util.stream.IntStream.rangeClosed(0, 3).filter(r -> table.isSuppressed(r, 1)).count();
        assertThat(hiddenInColumn).isGreaterThanOrEqualTo(2);
        assertThatNoHiddenCellCanBeRecoveredBySubtraction(table);
    }

    @Test
    void aSmallTotalIsHiddenAndItsPartsWithIt() {
        SuppressedTable table = Suppression.suppress(new int[][] {{3, 0, 1}, {50, 20, 10}}, 5);

        assertThat(table.isSuppressed(0, 3)).as("row total 4").isTrue();
        assertThatNoHiddenCellCanBeRecoveredBySubtraction(table);
    }

    @Test
    void theThresholdIsAParameter() {
        int[][] counts = {{100, 7, 9}, {100, 30, 40}};

        assertThat(Suppression.suppress(counts, 5).isSuppressed(0, 1)).isFalse();
        assertThat(Suppression.suppress(counts, 10).isSuppressed(0, 1)).isTrue();
    }

    @Test
    void randomTablesNeverLeakAHiddenCellToSubtraction() {
        Random random = new Random(20240605);
        for (int run = 0; run < 500; run++) {
            int rows = 1 + random.nextInt(8);
            int columns = 1 + random.nextInt(4);
            int[][] counts = new int[rows][columns];
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < columns; c++) {
                    counts[r][c] = random.nextInt(4) == 0 ? random.nextInt(6) : random.nextInt(300);
                }
            }
            SuppressedTable table = Suppression.suppress(counts, 5);
            for (int r = 0; r <= rows; r++) {
                for (int c = 0; c <= columns; c++) {
                    int value = table.value(r, c);
                    if (value > 0 && value < 5) {
                        assertThat(table.isSuppressed(r, c)).as("small count at %d,%d", r, c).isTrue();
                    }
                }
            }
            assertThatNoHiddenCellCanBeRecoveredBySubtraction(table);
        }
    }

    /**
     * Plays the reader who wants a hidden number back: in every row and column (with its
     * total) where all but one value is visible, the hidden one is the total minus the rest.
     * That must never be possible.
     */
    static void assertThatNoHiddenCellCanBeRecoveredBySubtraction(SuppressedTable table) {
        for (int r = 0; r <= table.rows(); r++) {
            List<int[]> line = new ArrayList<>();
            for (int c = 0; c <= table.columns(); c++) {
                line.add(new int[] {r, c});
            }
            assertThat(recoverable(table, line)).as("row %d", r).isFalse();
        }
        for (int c = 0; c <= table.columns(); c++) {
            List<int[]> line = new ArrayList<>();
            for (int r = 0; r <= table.rows(); r++) {
                line.add(new int[] {r, c});
            }
            assertThat(recoverable(table, line)).as("column %d", c).isFalse();
        }
    }

    private static boolean recoverable(SuppressedTable table, List<int[]> line) {
        int[] total = line.get(line.size() - 1);
        List<int[]> hidden = line.stream().filter(cell -> table.isSuppressed(cell[0], cell[1])).toList();
        if (hidden.size() != 1) {
            return false;
        }
        int[] target = hidden.get(0);
        int recovered;
        if (target == total) {
            recovered = line.subList(0, line.size() - 1).stream()
                    .mapToInt(cell -> table.shown(cell[0], cell[1]).getAsInt()).sum();
        } else {
            recovered = table.shown(total[0], total[1]).getAsInt();
            for (int[] cell : line.subList(0, line.size() - 1)) {
                if (cell != target) {
                    recovered -= table.shown(cell[0], cell[1]).getAsInt();
                }
            }
        }
        return recovered == table.value(target[0], target[1]);
    }
}
