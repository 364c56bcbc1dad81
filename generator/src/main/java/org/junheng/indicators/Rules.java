package org.junheng.indicators;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import org.junheng.content.SchoolType;
import org.junheng.content.Stage;

/** The rule numbers a standard set defines, each with its provenance. */
public record Rules(Map<Rule, Setting> settings) {

    public Rules {
        EnumMap<Rule, Setting> copy = new EnumMap<>(Rule.class);
        copy.putAll(settings);
        settings = Collections.unmodifiableMap(copy);
    }

    public Optional<Setting> find(Rule rule) {
        return Optional.ofNullable(settings.get(rule));
    }

    public Setting get(Rule rule) {
        Setting setting = settings.get(rule);
        if (setting == null) {
            throw new IllegalStateException("the standard set defines no rule " + rule.key());
        }
        return setting;
    }

    public BigDecimal value(Rule rule) {
        return get(rule).value();
    }

    /** 小学 : 初中 : 高中 = 1 : 1.1 : 1.32, except 完全中学, which has its own 初中 : 高中 weights. */
    public BigDecimal stageWeight(SchoolType type, Stage stage) {
        if (type == SchoolType.COMPLETE_SECONDARY && stage != Stage.PRIMARY
                && settings.containsKey(Rule.COMPLETE_SECONDARY_WEIGHT_JUNIOR)) {
            return value(stage == Stage.JUNIOR ? Rule.COMPLETE_SECONDARY_WEIGHT_JUNIOR : Rule.COMPLETE_SECONDARY_WEIGHT_SENIOR);
        }
        return value(switch (stage) {
            case PRIMARY -> Rule.WEIGHT_PRIMARY;
            case JUNIOR -> Rule.WEIGHT_JUNIOR;
            case SENIOR -> Rule.WEIGHT_SENIOR;
        });
    }

    public Setting classSizeCap(Stage stage) {
        return get(stage == Stage.PRIMARY ? Rule.CLASS_SIZE_PRIMARY : Rule.CLASS_SIZE_JUNIOR);
    }

    Rules with(Rule rule, Setting setting) {
        EnumMap<Rule, Setting> changed = new EnumMap<>(Rule.class);
        changed.putAll(settings);
        changed.put(rule, setting);
        return new Rules(changed);
    }
}
