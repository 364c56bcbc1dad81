package org.junheng.indicators;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.junheng.content.Stage;

/**
 * The 差异系数 of one indicator in one stage of a county, judged unrounded against its limit.
 *
 * @param leftOut school parts whose value is not assessable, so not in this CV, each with the reason
 * @param change  against the previous year that has this CV
 * @param problem why there is no CV (no schools, all values zero)
 */
public record CvResult(
        IndicatorDefinition indicator,
        Stage stage,
        Outcome outcome,
        Optional<Dispersion> dispersion,
        Optional<Setting> limit,
        List<SchoolFinding> leftOut,
        Optional<Change> change,
        Optional<Text> problem) {

    public CvResult {
        leftOut = List.copyOf(leftOut);
    }

    public String code() {
        return indicator.code();
    }

    public Optional<BigDecimal> cv() {
        return dispersion.flatMap(Dispersion::cv);
    }
}
