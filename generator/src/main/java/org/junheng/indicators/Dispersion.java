package org.junheng.indicators;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * The student-weighted spread of one indicator over a county's schools of one stage.
 *
 * @param mean X̄ = ΣPᵢXᵢ ÷ P, which equals the county's aggregate ratio
 * @param cv   S ÷ X̄, unrounded; empty when X̄ is 0 (every school at zero)
 */
public record Dispersion(int count, BigDecimal students, BigDecimal mean, BigDecimal standardDeviation,
                         Optional<BigDecimal> cv) {
}
