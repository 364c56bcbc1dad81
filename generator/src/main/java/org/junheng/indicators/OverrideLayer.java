package org.junheng.indicators;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junheng.content.Stage;

/**
 * One layer of a site's changes to its standard set (a province's, city's or county's own rules),
 * as written under {@code standards.overrides} in {@code site-config.yml}:
 *
 * <pre>
 * - layer: province                 # province | city | county (省 | 市 | 县)
 *   name: 某省
 *   source: 《某省县域义务教育优质均衡发展督导评估实施细则》
 *   thresholds: { L2: { primary: 1.1 } }            # indicator → stage → threshold
 *   cv_limits:  { L1: { junior: 0.40 } }            # indicator (or "composite") → stage → limit
 *   rules:      { class_size: { primary: 50 } }     # dotted rule key → value
 *   items:      { G7: { value: 8000 } }             # item → input → required number
 * </pre>
 *
 * @param rules keyed by {@link Rule#key()}, e.g. {@code class_size.primary}
 * @param items keyed by item code and input path, e.g. {@code G7.value}, {@code Q9.subjects.difference_rate}
 */
public record OverrideLayer(
        Layer layer,
        String name,
        String source,
        Map<String, Map<Stage, BigDecimal>> thresholds,
        Map<String, Map<Stage, BigDecimal>> cvLimits,
        Map<String, BigDecimal> rules,
        Map<String, BigDecimal> items) {

    /** The key under {@code cv_limits} for the 2012 composite CV's limits. */
    public static final String COMPOSITE = "composite";

    public OverrideLayer {
        thresholds = byCode(thresholds);
        cvLimits = byCode(cvLimits);
        rules = Collections.unmodifiableMap(new LinkedHashMap<>(rules));
        items = Collections.unmodifiableMap(new LinkedHashMap<>(items));
    }

    public Provenance provenance() {
        return new Provenance(layer, name, source);
    }

    private static Map<String, Map<Stage, BigDecimal>> byCode(Map<String, Map<Stage, BigDecimal>> map) {
        Map<String, Map<Stage, BigDecimal>> copy = new LinkedHashMap<>();
        map.forEach((code, stages) -> {
            EnumMap<Stage, BigDecimal> byStage = new EnumMap<>(Stage.class);
            byStage.putAll(stages);
            copy.put(code, Collections.unmodifiableMap(byStage));
        });
        return Collections.unmodifiableMap(copy);
    }
}
