package org.junheng.indicators;

import java.util.Optional;

/** One requirement of an item checked against the county's input: what was entered and what is wrong with it. */
public record CheckResult(Check check, Outcome outcome, Optional<Actual> actual, Optional<Text> problem) {

    static CheckResult met(Check check, Actual actual) {
        return new CheckResult(check, Outcome.MET, Optional.of(actual), Optional.empty());
    }

    static CheckResult notMet(Check check, Actual actual, Text problem) {
        return new CheckResult(check, Outcome.NOT_MET, Optional.of(actual), Optional.of(problem));
    }

    static CheckResult notAssessable(Check check, Optional<Actual> actual, Text problem) {
        return new CheckResult(check, Outcome.NOT_ASSESSABLE, actual, Optional.of(problem));
    }

    static CheckResult missing(Check check) {
        return notAssessable(check, Optional.empty(), Text.of("缺少「" + check.label().zh() + "」（" + check.input() + "）",
                "\"" + check.label().en() + "\" (" + check.input() + ") is missing"));
    }
}
