package org.junheng.indicators;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junheng.content.Stage;

/**
 * Applies override layers to a standard set. A layer may change only numbers the standard
 * defines: a threshold for a stage that has none, an unknown indicator, rule or item input is
 * rejected with its key, so a typo never silently leaves the national value in force.
 */
public final class Overrides {

    /** A key of a layer that was not applied, and why. {@code key} is relative to the layer, e.g. {@code thresholds.L9}. */
    public record Rejection(String key, String message) {
    }

    /** The set with the layer's valid changes applied, and the rejected keys. */
    public record Applied(StandardSet standards, List<Rejection> rejected) {

        public Applied {
            rejected = List.copyOf(rejected);
        }
    }

    private Overrides() {
    }

    /** Applies the layers in order (province → city → county as the site lists them). */
    public static Applied apply(StandardSet standards, List<OverrideLayer> layers) {
        StandardSet result = standards;
        List<Rejection> rejected = new ArrayList<>();
        for (OverrideLayer layer : layers) {
            Applied applied = apply(result, layer);
            result = applied.standards();
            rejected.addAll(applied.rejected());
        }
        return new Applied(result, rejected);
    }

    public static Applied apply(StandardSet standards, OverrideLayer layer) {
        Provenance by = layer.provenance();
        List<Rejection> rejected = new ArrayList<>();
        StandardSet result = standards;
        for (Map.Entry<String, Map<Stage, BigDecimal>> entry : layer.thresholds().entrySet()) {
            result = thresholds(result, entry.getKey(), entry.getValue(), by, rejected);
        }
        for (Map.Entry<String, Map<Stage, BigDecimal>> entry : layer.cvLimits().entrySet()) {
            result = OverrideLayer.COMPOSITE.equals(entry.getKey())
                    ? compositeLimits(result, entry.getValue(), by, rejected)
                    : cvLimits(result, entry.getKey(), entry.getValue(), by, rejected);
        }
        for (Map.Entry<String, BigDecimal> entry : layer.rules().entrySet()) {
            result = rule(result, entry.getKey(), entry.getValue(), by, rejected);
        }
        for (Map.Entry<String, BigDecimal> entry : layer.items().entrySet()) {
            result = item(result, entry.getKey(), entry.getValue(), by, rejected);
        }
        return new Applied(result.withOverride(layer), rejected);
    }

    private static StandardSet thresholds(StandardSet set, String code, Map<Stage, BigDecimal> values, Provenance by,
                                          List<Rejection> rejected) {
        Optional<IndicatorDefinition> indicator = set.indicator(code);
        if (indicator.isEmpty()) {
            rejected.add(unknownIndicator("thresholds." + code, code, set));
            return set;
        }
        return set.withIndicator(indicator.get().withThresholds(overridden(indicator.get().thresholds(), values,
                "thresholds." + code, "标准值", by, rejected)));
    }

    private static StandardSet cvLimits(StandardSet set, String code, Map<Stage, BigDecimal> values, Provenance by,
                                        List<Rejection> rejected) {
        Optional<IndicatorDefinition> indicator = set.indicator(code);
        if (indicator.isEmpty()) {
            rejected.add(unknownIndicator("cv_limits." + code, code, set));
            return set;
        }
        return set.withIndicator(indicator.get().withCvLimits(overridden(indicator.get().cvLimits(), values,
                "cv_limits." + code, "差异系数上限", by, rejected)));
    }

    private static StandardSet compositeLimits(StandardSet set, Map<Stage, BigDecimal> values, Provenance by,
                                               List<Rejection> rejected) {
        String key = "cv_limits." + OverrideLayer.COMPOSITE;
        if (set.composite().isEmpty()) {
            rejected.add(new Rejection(key, set.id() + " 没有综合差异系数"));
            return set;
        }
        return set.withComposite(new CompositeRule(overridden(set.composite().get().limits(), values, key,
                "composite CV limit", by, rejected)));
    }

    /** The stage settings with the layer's values laid over them; a stage the set gives no value is rejected. */
    private static Map<Stage, Setting> overridden(Map<Stage, Setting> current, Map<Stage, BigDecimal> values, String key,
                                                  String what, Provenance by, List<Rejection> rejected) {
        Map<Stage, Setting> result = new EnumMap<>(Stage.class);
        result.putAll(current);
        values.forEach((stage, value) -> {
            String stageKey = key + "." + stage.key();
            if (!current.containsKey(stage)) {
                rejected.add(new Rejection(stageKey, "标准没有规定" + stage.chinese() + "的" + what));
            } else if (value.signum() <= 0) {
                rejected.add(new Rejection(stageKey, what + "应是正数"));
            } else {
                result.put(stage, current.get(stage).overriddenBy(value, by));
            }
        });
        return result;
    }

    private static StandardSet rule(StandardSet set, String ruleKey, BigDecimal value, Provenance by,
                                    List<Rejection> rejected) {
        String key = "rules." + ruleKey;
        Optional<Rule> rule = Rule.fromKey(ruleKey);
        Optional<Setting> current = rule.flatMap(r -> set.rules().find(r));
        if (current.isEmpty()) {
            rejected.add(new Rejection(key, "未知的规则；" + set.id() + " 的规则有："
                    + String.join(", ", set.rules().settings().keySet().stream().map(Rule::key).toList())));
            return set;
        }
        Optional<String> invalid = invalidRuleValue(rule.get(), value, set);
        if (invalid.isPresent()) {
            rejected.add(new Rejection(key, "规则 " + key + " " + invalid.get()));
            return set;
        }
        return set.withRules(set.rules().with(rule.get(), current.get().overriddenBy(value, by)));
    }

    private static Optional<String> invalidRuleValue(Rule rule, BigDecimal value, StandardSet set) {
        if (value.signum() <= 0) {
            return Optional.of("应是正数");
        }
        if (rule.whole() && value.stripTrailingZeros().scale() > 0) {
            return Optional.of("应是整数");
        }
        if (rule == Rule.SCHOOL_MIN_RATIO && value.compareTo(BigDecimal.ONE) > 0) {
            return Optional.of("是占标准的比例，不能大于 1");
        }
        if (rule == Rule.SCHOOL_MIN_MET && value.intValue() > set.indicators().size()) {
            return Optional.of("不能超过指标总数 " + set.indicators().size());
        }
        return Optional.empty();
    }

    private static StandardSet item(StandardSet set, String path, BigDecimal value, Provenance by,
                                    List<Rejection> rejected) {
        String key = "items." + path;
        List<String> parts = Arrays.asList(path.split("\\."));
        Optional<ItemDefinition> item = set.item(parts.get(0));
        if (item.isEmpty()) {
            rejected.add(new Rejection(key, "未知的项目 " + parts.get(0)));
            return set;
        }
        Optional<List<Check>> changed = parts.size() < 2 ? Optional.empty()
                : withRequired(item.get().checks(), parts.subList(1, parts.size()), value, by);
        if (changed.isEmpty()) {
            rejected.add(new Rejection(key, "项目 " + parts.get(0) + " 没有可调整的数值要求："
                    + (parts.size() < 2 ? "（未写输入名）" : String.join(".", parts.subList(1, parts.size())))));
            return set;
        }
        return set.withItem(item.get().withChecks(changed.get()));
    }

    /** The checks with the numeric requirement at {@code path} replaced, or empty if there is none there. */
    private static Optional<List<Check>> withRequired(List<Check> checks, List<String> path, BigDecimal value,
                                                      Provenance by) {
        List<Check> changed = new ArrayList<>(checks);
        for (int i = 0; i < checks.size(); i++) {
            Check check = checks.get(i);
            if (!check.input().equals(path.get(0))) {
                continue;
            }
            if (path.size() == 1 && check instanceof NumberCheck number) {
                changed.set(i, number.withRequired(number.required().overriddenBy(value, by)));
                return Optional.of(changed);
            }
            if (path.size() > 1 && check instanceof EachCheck each) {
                Optional<List<Check>> inner = withRequired(each.checks(), path.subList(1, path.size()), value, by);
                if (inner.isPresent()) {
                    changed.set(i, each.withChecks(inner.get()));
                    return Optional.of(changed);
                }
            }
        }
        return Optional.empty();
    }

    private static Rejection unknownIndicator(String key, String code, StandardSet set) {
        return new Rejection(key, "未知的指标 " + code + "；" + set.id() + " 的指标有："
                + String.join(", ", set.indicators().stream().map(IndicatorDefinition::code).toList()));
    }
}
