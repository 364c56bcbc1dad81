package org.junheng.indicators;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A county item (G1–G15, Q1–Q9, S1, V1–V6): either checked against the county's inputs, or
 * computed from school statistics. {@code aliases} are other keys the county YAML may use
 * for it (e.g. {@code social_recognition} for S1). {@code secondary} marks wording confirmed
 * only through provincial re-statements, which the methodology page should say.
 */
public record ItemDefinition(
        String code,
        Part part,
        Text name,
        List<String> aliases,
        Optional<ComputedItem> computed,
        List<Check> checks,
        boolean secondary) {

    public ItemDefinition {
        aliases = List.copyOf(aliases);
        checks = List.copyOf(checks);
        if (computed.isEmpty() && checks.isEmpty()) {
            throw new IllegalArgumentException("item " + code + " has neither checks nor a computation");
        }
    }

    /** Every key the item may appear under in a county's inputs, its code first. */
    public List<String> keys() {
        return Stream.concat(Stream.of(code), aliases.stream()).toList();
    }

    ItemDefinition withChecks(List<Check> changed) {
        return new ItemDefinition(code, part, name, aliases, computed, changed, secondary);
    }
}
