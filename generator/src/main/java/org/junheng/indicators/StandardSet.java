package org.junheng.indicators;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junheng.content.SchoolType;

/**
 * A standard the county is assessed against, as data: the document it comes from, the
 * per-school indicators with thresholds and CV limits, the rule numbers, the county items,
 * and the override layers already applied to it. Built-in sets ship as YAML resources
 * ({@code national-2017}, {@code basic-2012}).
 *
 * @param composite    present when the CVs are judged by their plain mean (2012), not one by one
 * @param excludedTypes school types left out of the indicators and CVs (special education)
 * @param overrides    the layers applied on top of the document, in order
 */
public record StandardSet(
        String id,
        Text name,
        Text document,
        List<IndicatorDefinition> indicators,
        Optional<CompositeRule> composite,
        Set<SchoolType> excludedTypes,
        Rules rules,
        List<ItemDefinition> items,
        List<OverrideLayer> overrides) {

    public StandardSet {
        indicators = List.copyOf(indicators);
        items = List.copyOf(items);
        overrides = List.copyOf(overrides);
        EnumSet<SchoolType> types = EnumSet.noneOf(SchoolType.class);
        types.addAll(excludedTypes);
        excludedTypes = Collections.unmodifiableSet(types);
        List<String> problems = consistencyProblems(indicators, items, rules);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("standard set " + id + ": " + String.join("; ", problems));
        }
    }

    /** Who set the numbers that no override changed: the standard document itself. */
    public Provenance provenance() {
        return new Provenance(Layer.STANDARD, name.zh(), document.zh());
    }

    public Optional<IndicatorDefinition> indicator(String code) {
        return indicators.stream().filter(i -> i.code().equals(code)).findFirst();
    }

    public Optional<ItemDefinition> item(String code) {
        return items.stream().filter(i -> i.code().equals(code)).findFirst();
    }

    public List<ItemDefinition> items(Part part) {
        return items.stream().filter(i -> i.part() == part).toList();
    }

    /** The parts this set assesses, in order: resources always, the others when the set has items for them. */
    public List<Part> parts() {
        List<Part> parts = new ArrayList<>(List.of(Part.RESOURCES));
        for (Part part : Part.values()) {
            if (part != Part.RESOURCES && !items(part).isEmpty()) {
                parts.add(part);
            }
        }
        return parts;
    }

    /** Whether any indicator has a per-school threshold, i.e. the per-school rule applies. */
    public boolean judgesSchools() {
        return indicators.stream().anyMatch(i -> !i.thresholds().isEmpty());
    }

    StandardSet withIndicator(IndicatorDefinition changed) {
        return new StandardSet(id, name, document,
                indicators.stream().map(i -> i.code().equals(changed.code()) ? changed : i).toList(),
                composite, excludedTypes, rules, items, overrides);
    }

    StandardSet withItem(ItemDefinition changed) {
        return new StandardSet(id, name, document, indicators, composite, excludedTypes, rules,
                items.stream().map(i -> i.code().equals(changed.code()) ? changed : i).toList(), overrides);
    }

    StandardSet withComposite(CompositeRule changed) {
        return new StandardSet(id, name, document, indicators, Optional.of(changed), excludedTypes, rules, items, overrides);
    }

    StandardSet withRules(Rules changed) {
        return new StandardSet(id, name, document, indicators, composite, excludedTypes, changed, items, overrides);
    }

    StandardSet withOverride(OverrideLayer layer) {
        List<OverrideLayer> layers = new ArrayList<>(overrides);
        layers.add(layer);
        return new StandardSet(id, name, document, indicators, composite, excludedTypes, rules, items, layers);
    }

    private static List<String> consistencyProblems(List<IndicatorDefinition> indicators, List<ItemDefinition> items,
                                                    Rules rules) {
        List<String> problems = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        indicators.forEach(i -> { if (!codes.add(i.code())) problems.add("indicator " + i.code() + " defined twice"); });
        items.forEach(i -> { if (!codes.add(i.code())) problems.add("code " + i.code() + " defined twice"); });
        List<Rule> needed = new ArrayList<>(List.of(Rule.TEACHING_POINT_MIN_STUDENTS,
                Rule.WEIGHT_PRIMARY, Rule.WEIGHT_JUNIOR, Rule.WEIGHT_SENIOR));
        if (indicators.stream().anyMatch(i -> !i.thresholds().isEmpty())) {
            needed.addAll(List.of(Rule.SCHOOL_MIN_MET, Rule.SCHOOL_MIN_RATIO));
        }
        items.forEach(i -> i.computed().ifPresent(c -> needed.addAll(c.rules())));
        needed.stream().distinct().filter(r -> rules.find(r).isEmpty())
                .forEach(r -> problems.add("rule " + r.key() + " is needed but not defined"));
        if (rules.find(Rule.COMPLETE_SECONDARY_WEIGHT_JUNIOR).isPresent()
                != rules.find(Rule.COMPLETE_SECONDARY_WEIGHT_SENIOR).isPresent()) {
            problems.add("weights.complete_secondary needs both junior and senior");
        }
        return problems;
    }
}
