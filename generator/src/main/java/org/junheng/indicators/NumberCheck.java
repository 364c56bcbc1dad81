package org.junheng.indicators;

import java.math.BigDecimal;
import java.util.Optional;

/** A numeric requirement such as 特殊教育生均公用经费 ≥ 6000 元; the number can be overridden. */
public record NumberCheck(String input, Text label, String unit, Comparison comparison, Setting required)
        implements Check {

    @Override
    public Text requirement() {
        String rhs = " " + comparison.symbol() + " " + required.plain() + unit;
        return Text.of(label.zh() + rhs, label.en() + rhs);
    }

    @Override
    public CheckResult evaluate(Object value) {
        if (value == null) {
            return CheckResult.missing(this);
        }
        Optional<BigDecimal> number = InputValues.decimal(value);
        String actual = InputValues.display(value);
        if (number.isEmpty()) {
            return CheckResult.notAssessable(this, Optional.of(Actual.of(value)), Text.of(
                    "「" + label.zh() + "」应为数字，填报的是“" + actual + "”",
                    "\"" + label.en() + "\" must be a number, not \"" + actual + "\""));
        }
        if (comparison.holds(number.get(), required.value())) {
            return CheckResult.met(this, new Actual.Given(actual));
        }
        return CheckResult.notMet(this, new Actual.Given(actual), Text.of(
                label.zh() + "为 " + actual + unit + "，要求 " + comparison.symbol() + " " + required.plain() + unit,
                label.en() + " is " + actual + unit + ", required " + comparison.symbol() + " " + required.plain() + unit));
    }

    NumberCheck withRequired(Setting changed) {
        return new NumberCheck(input, label, unit, comparison, changed);
    }
}
