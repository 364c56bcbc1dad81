package org.junheng.indicators;

import java.math.BigDecimal;
import java.util.Optional;

import org.junheng.content.Stage;

/** The 2012 综合差异系数 of one stage: the plain mean of the stage's indicator CVs, against its limit. */
public record CompositeCvResult(
        Stage stage,
        Outcome outcome,
        Optional<BigDecimal> value,
        Optional<Setting> limit,
        Optional<Change> change,
        Optional<Text> problem) {
}
