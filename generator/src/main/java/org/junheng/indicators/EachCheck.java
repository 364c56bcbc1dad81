package org.junheng.indicators;

import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * A requirement on every entry of a list input, e.g. every subject of the national quality
 * monitoring (Q9) at level Ⅲ or above with a difference rate below 0.15. An empty list is not
 * evidence of anything, so it is not assessable.
 */
public record EachCheck(String input, Text label, List<Check> checks) implements Check {

    public EachCheck {
        checks = List.copyOf(checks);
    }

    @Override
    public Text requirement() {
        Text each = Text.join(checks.stream().map(Check::requirement).toList());
        return Text.of(label.zh() + "（每项）：" + each.zh(), label.en() + " (each): " + each.en());
    }

    @Override
    public CheckResult evaluate(Object value) {
        if (value == null) {
            return CheckResult.missing(this);
        }
        if (!(value instanceof List<?> entries) || entries.isEmpty()
                || !entries.stream().allMatch(e -> e instanceof Map<?, ?>)) {
            return CheckResult.notAssessable(this, Optional.of(new Actual.Given(String.valueOf(value))), Text.of(
                    "「" + label.zh() + "」应为至少一项的列表", "\"" + label.en() + "\" must list at least one entry"));
        }
        List<Outcome> outcomes = new ArrayList<>();
        List<Text> problems = new ArrayList<>();
        for (Object entry : entries) {
            Map<?, ?> fields = (Map<?, ?>) entry;
            for (Check check : checks) {
                CheckResult result = check.evaluate(fields.get(check.input()));
                outcomes.add(result.outcome());
                String entryName = describe(fields);
                result.problem().ifPresent(p -> problems.add(p.prefixed(Text.of(entryName, entryName))));
            }
        }
        Actual actual = new Actual.Entries(entries.size());
        Outcome outcome = Outcome.all(outcomes);
        return switch (outcome) {
            case MET -> CheckResult.met(this, actual);
            case NOT_MET -> CheckResult.notMet(this, actual, Text.join(problems));
            default -> CheckResult.notAssessable(this, Optional.of(actual), Text.join(problems));
        };
    }

    /** Names an entry by its text fields, e.g. 数学 四年级, in the order written when that order is known. */
    private String describe(Map<?, ?> fields) {
        List<String> checked = checks.stream().map(Check::input).toList();
        Map<?, ?> ordered = fields instanceof LinkedHashMap<?, ?> || fields instanceof SortedMap<?, ?>
                ? fields : new TreeMap<>(fields);
        return ordered.entrySet().stream()
                .filter(e -> !checked.contains(String.valueOf(e.getKey())))
                .filter(e -> e.getValue() instanceof String)
                .map(e -> (String) e.getValue())
                .collect(Collectors.joining(" "));
    }

    EachCheck withChecks(List<Check> changed) {
        return new EachCheck(input, label, changed);
    }
}
