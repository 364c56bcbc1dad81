package org.junheng.indicators;

import java.math.BigDecimal;
import java.util.Optional;

/** A raw input read from the statistics: an amount, or why there is none (not reported, impossible). */
record Reading(Optional<BigDecimal> amount, Optional<Text> problem) {

    static Reading of(BigDecimal amount) {
        return new Reading(Optional.of(amount), Optional.empty());
    }

    static Reading problem(Text problem) {
        return new Reading(Optional.empty(), Optional.of(problem));
    }

    Reading plus(Reading other) {
        if (problem.isPresent()) {
            return this;
        }
        if (other.problem.isPresent()) {
            return other;
        }
        return of(amount.orElseThrow().add(other.amount.orElseThrow()));
    }
}
