package org.junheng.indicators;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import org.junheng.content.Stage;

/**
 * One indicator of a standard set: value = {@code numerator} ÷ students × {@code perStudents}
 * (100 for "每百名学生", 1 for "生均"), with an optional threshold per stage for each school
 * and an optional limit per stage for its 差异系数.
 */
public record IndicatorDefinition(
        String code,
        Text name,
        Text unit,
        Quantity numerator,
        BigDecimal perStudents,
        Map<Stage, Setting> thresholds,
        Map<Stage, Setting> cvLimits,
        Optional<Text> note) {

    public IndicatorDefinition {
        thresholds = stageMap(thresholds);
        cvLimits = stageMap(cvLimits);
    }

    public Optional<Setting> threshold(Stage stage) {
        return Optional.ofNullable(thresholds.get(stage));
    }

    public Optional<Setting> cvLimit(Stage stage) {
        return Optional.ofNullable(cvLimits.get(stage));
    }

    /** The formula in words, e.g. 县级以上骨干教师数 ÷ 在校生数 × 100. */
    public Text formula() {
        boolean perHundred = perStudents.compareTo(BigDecimal.ONE) != 0;
        String times = perHundred ? " × " + Decimals.plain(perStudents) : "";
        return Text.of(numerator.label().zh() + " ÷ 在校生数" + times, numerator.label().en() + " ÷ students" + times);
    }

    IndicatorDefinition withThresholds(Map<Stage, Setting> changed) {
        return new IndicatorDefinition(code, name, unit, numerator, perStudents, changed, cvLimits, note);
    }

    IndicatorDefinition withCvLimits(Map<Stage, Setting> changed) {
        return new IndicatorDefinition(code, name, unit, numerator, perStudents, thresholds, changed, note);
    }

    static Map<Stage, Setting> stageMap(Map<Stage, Setting> map) {
        EnumMap<Stage, Setting> copy = new EnumMap<>(Stage.class);
        copy.putAll(map);
        return Collections.unmodifiableMap(copy);
    }
}
