package org.junheng.indicators;

import java.util.Map;
import java.util.Optional;

import org.junheng.content.Stage;

/** The 2012 综合差异系数: the plain mean of all the set's indicator CVs, with a limit per stage. */
public record CompositeRule(Map<Stage, Setting> limits) {

    public CompositeRule {
        limits = IndicatorDefinition.stageMap(limits);
    }

    public Optional<Setting> limit(Stage stage) {
        return Optional.ofNullable(limits.get(stage));
    }
}
