package org.junheng.indicators;

import java.util.Optional;

/** A yes/no requirement: a condition that must hold ({@code true}) or a veto situation that must not ({@code false}). */
public record FlagCheck(String input, Text label, boolean expected) implements Check {

    @Override
    public Text requirement() {
        return Text.of(label.zh() + "：" + (expected ? "是" : "否"), label.en() + ": " + (expected ? "yes" : "no"));
    }

    @Override
    public CheckResult evaluate(Object value) {
        if (value == null) {
            return CheckResult.missing(this);
        }
        Optional<Boolean> flag = InputValues.flag(value);
        String actual = InputValues.display(value);
        if (flag.isEmpty()) {
            return CheckResult.notAssessable(this, Optional.of(new Actual.Given(actual)), Text.of(
                    "「" + label.zh() + "」应为“是”或“否”，填报的是“" + actual + "”",
                    "\"" + label.en() + "\" must be true or false, not \"" + actual + "\""));
        }
        Actual reported = new Actual.YesNo(flag.get());
        if (flag.get() == expected) {
            return CheckResult.met(this, reported);
        }
        return CheckResult.notMet(this, reported, Text.of(label.zh() + "：" + (flag.get() ? "是" : "否"),
                label.en() + ": " + (flag.get() ? "yes" : "no")));
    }
}
