package org.junheng.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Repeated cells come back as one string; every cell comes back equal to itself. */
class RepeatedCellsTest {

    @Test
    void aRepeatedCellIsTheStringSeenFirst() {
        RepeatedCells cells = new RepeatedCells();
        String first = new String("山华街道");
        assertThat(cells.shared(first)).isSameAs(first);
        assertThat(cells.shared(new String("山华街道"))).isSameAs(first);
    }

    @Test
    void cellsThatShareASlotComeBackAsThemselves() {
        RepeatedCells cells = new RepeatedCells();
        // "Aa" and "BB" have the same hash, so they take the same slot in turn
        assertThat(cells.shared("Aa")).isEqualTo("Aa");
        assertThat(cells.shared("BB")).isEqualTo("BB");
        assertThat(cells.shared("Aa")).isEqualTo("Aa");
        assertThat(cells.shared("")).isEmpty();
    }
}
