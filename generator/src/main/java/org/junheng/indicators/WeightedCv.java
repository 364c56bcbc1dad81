package org.junheng.indicators;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * 差异系数 as standards.md §1.2 defines it — student-weighted, population variance:
 *
 * <pre>
 *   X̄  = Σ PᵢXᵢ / P
 *   S  = sqrt( Σ (Pᵢ/P)·(Xᵢ − X̄)² )
 *   CV = S / X̄
 * </pre>
 *
 * No n−1 and no unweighted mean. Computed in decimal so that equal values give exactly 0.
 */
public final class WeightedCv {

    private WeightedCv() {
    }

    /** Empty when there is nothing to weigh (no observations, or no students at all). */
    public static Optional<Dispersion> of(List<Observation> observations) {
        BigDecimal p = observations.stream().map(Observation::students).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (observations.isEmpty() || p.signum() == 0) {
            return Optional.empty();
        }
        BigDecimal mean = Decimals.divide(
                observations.stream().map(o -> o.students().multiply(o.value())).reduce(BigDecimal.ZERO, BigDecimal::add),
                p);
        BigDecimal variance = observations.stream()
                .map(o -> Decimals.divide(o.students(), p).multiply(o.value().subtract(mean).pow(2)))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal s = variance.sqrt(Decimals.CONTEXT);
        Optional<BigDecimal> cv = mean.signum() == 0 ? Optional.empty() : Optional.of(Decimals.divide(s, mean));
        return Optional.of(new Dispersion(observations.size(), p, mean, s, cv));
    }
}
