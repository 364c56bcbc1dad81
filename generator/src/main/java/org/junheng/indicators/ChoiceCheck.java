package org.junheng.indicators;

import java.util.List;

/** A rating that must be one of the allowed ones, e.g. 德育工作评价 优秀 or 良好. */
public record ChoiceCheck(String input, Text label, List<String> allowed) implements Check {

    public ChoiceCheck {
        allowed = List.copyOf(allowed);
    }

    @Override
    public Text requirement() {
        return Text.of(label.zh() + "：" + String.join("或", allowed), label.en() + ": " + String.join(" or ", allowed));
    }

    @Override
    public CheckResult evaluate(Object value) {
        if (value == null) {
            return CheckResult.missing(this);
        }
        String actual = String.valueOf(value).trim();
        if (allowed.contains(actual)) {
            return CheckResult.met(this, new Actual.Given(actual));
        }
        return CheckResult.notMet(this, new Actual.Given(actual), Text.of(
                label.zh() + "为“" + actual + "”，要求" + String.join("或", allowed),
                label.en() + " is \"" + actual + "\", required " + String.join(" or ", allowed)));
    }
}
