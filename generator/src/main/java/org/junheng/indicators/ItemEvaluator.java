package org.junheng.indicators;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junheng.content.AssessmentInput;
import org.junheng.content.CountyInputs;

/** Judges a county item entered in {@code content/county/*.yml} against its checks. */
final class ItemEvaluator {

    private ItemEvaluator() {
    }

    static ItemResult evaluate(ItemDefinition item, Optional<CountyInputs> inputs) {
        Text requirement = Text.join(item.checks().stream().map(Check::requirement).toList());
        Optional<AssessmentInput> input = inputs.flatMap(in -> item.keys().stream()
                .map(in::item).flatMap(Optional::stream).findFirst());
        if (input.isEmpty()) {
            return new ItemResult(item, Outcome.NOT_REPORTED, requirement, List.of(), List.of(), List.of(),
                    Optional.empty(), Optional.of(Text.of("未填报", "not reported")), Optional.empty());
        }
        List<CheckResult> checks = new ArrayList<>();
        for (Check check : item.checks()) {
            checks.add(check.evaluate(input.get().value(check.input()).orElse(null)));
        }
        Outcome outcome = Outcome.all(checks.stream().map(CheckResult::outcome).toList());
        List<Text> problems = checks.stream().filter(c -> c.outcome() == outcome)
                .map(CheckResult::problem).flatMap(Optional::stream).toList();
        Optional<Text> problem = problems.isEmpty() ? Optional.empty() : Optional.of(Text.join(problems));
        return new ItemResult(item, outcome, requirement, checks, List.of(), List.of(), input.get().evidence(), problem,
                Optional.of(input.get().source()));
    }
}
