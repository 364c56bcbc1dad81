package org.junheng.indicators;

import java.util.List;

/**
 * The per-school rule for one school part: at least {@code required} indicators met and every
 * unmet one at least {@code minRatio} of its threshold. {@code reasons} say why it fails, or
 * why it cannot be decided.
 */
public record SchoolVerdict(Outcome outcome, int met, int notMet, int notAssessable, Setting required,
                            Setting minRatio, List<Text> reasons) {

    public SchoolVerdict {
        reasons = List.copyOf(reasons);
    }

    public int judged() {
        return met + notMet + notAssessable;
    }
}
