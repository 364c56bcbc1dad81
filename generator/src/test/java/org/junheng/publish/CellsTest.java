package org.junheng.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.math.BigDecimal;
import java.util.List;
import org.junheng.indicators.Outcome;
import org.junheng.indicators.Layer;
import org.junheng.indicators.Provenance;
import org.junit.jupiter.api.Test;

class CellsTest {

    @Test
    void wholeNumbersAreTheirPlainDigitsOnEitherSideOfTheSharedOnes() {
        assertEquals("0", Cells.integer(0));
        assertEquals("2023", Cells.integer(2023));
        assertEquals("2999", Cells.integer(2999));
        assertEquals("3000", Cells.integer(3000));
        assertEquals("-1", Cells.integer(-1));
        assertEquals("9901010001", Cells.integer(9_901_010_001L));
    }

    @Test
    void decimalsThatAreWholeNumbersReadAsTheIntegerTheyAre() {
        assertEquals("100", Cells.decimal(new BigDecimal("1E+2")));
        assertEquals("100", Cells.decimal(new BigDecimal("100.000")));
        assertEquals("0", Cells.decimal(new BigDecimal("0.00")));
        assertEquals("2999", Cells.decimal(new BigDecimal("2999")));
        assertEquals("3000", Cells.decimal(new BigDecimal("3000")));
        assertEquals("-5", Cells.decimal(new BigDecimal("-5.0")));
        assertEquals("4.2", Cells.decimal(new BigDecimal("4.20")));
        assertEquals("0.3333333333333333333333333333333333",
                Cells.decimal(new BigDecimal("0.3333333333333333333333333333333333")));
    }

    @Test
    void aTableRepeatingAYearAnOutcomeOrACitationHoldsOneCopyOfIt() {
        assertSame(Cells.integer(2023), Cells.integer(2023));
        assertSame(Cells.integer(100), Cells.decimal(new BigDecimal("100.0")));
        assertSame(Cells.outcome(Outcome.NOT_MET), Cells.outcome(Outcome.NOT_MET));
        Provenance setBy = new Provenance(Layer.PROVINCE, new String("某省"), new String("《某省实施细则》"));
        assertSame(setBy.citation(), setBy.citation());
        assertEquals("某省：《某省实施细则》", setBy.citation());
    }

    @Test
    void outcomesAreTheirLowerCaseNames() {
        assertEquals(List.of("met", "not_met"), List.of(Cells.outcome(Outcome.MET), Cells.outcome(Outcome.NOT_MET)));
        assertEquals(Outcome.values().length, Cells.outcomes().size());
        assertEquals("no_standard", Cells.outcome(Outcome.NO_STANDARD));
    }
}
