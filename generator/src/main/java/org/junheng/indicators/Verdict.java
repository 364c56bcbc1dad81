package org.junheng.indicators;

import java.util.List;

/**
 * The overall verdict: MET only if every part of the standard set passes and no veto applies.
 * {@code failures} lists every reason it fails, {@code undecided} every gap that keeps it from
 * being decided; each text starts with its part, e.g. 资源配置：…
 */
public record Verdict(Outcome outcome, List<PartOutcome> parts, List<Text> failures, List<Text> undecided) {

    /** One row of the "four parts at a glance". */
    public record PartOutcome(Part part, Outcome outcome) {
    }

    public Verdict {
        parts = List.copyOf(parts);
        failures = ComposedTexts.immutable(failures);
        undecided = ComposedTexts.immutable(undecided);
    }

    public boolean passes() {
        return outcome == Outcome.MET;
    }
}
