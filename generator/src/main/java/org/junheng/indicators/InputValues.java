package org.junheng.indicators;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Locale;
import java.util.Optional;

/** Reads the loosely typed values of a county's YAML inputs (numbers, booleans, text). */
final class InputValues {

    private InputValues() {
    }

    static Optional<BigDecimal> decimal(Object value) {
        if (value instanceof BigDecimal d) {
            return Optional.of(d);
        }
        if (value instanceof BigInteger i) {
            return Optional.of(new BigDecimal(i));
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            return Optional.of(BigDecimal.valueOf(((Number) value).longValue()));
        }
        if (value instanceof Number n) {
            double d = n.doubleValue();
            return Double.isFinite(d) ? Optional.of(Decimals.of(d)) : Optional.empty();
        }
        if (value instanceof String s) {
            try {
                return Optional.of(new BigDecimal(s.trim().replace("%", "").replace("％", "")));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    static Optional<Boolean> flag(Object value) {
        if (value instanceof Boolean b) {
            return Optional.of(b);
        }
        String text = value instanceof String s ? s.trim().toLowerCase(Locale.ROOT) : "";
        return switch (text) {
            case "true", "yes", "是" -> Optional.of(true);
            case "false", "no", "否" -> Optional.of(false);
            default -> Optional.empty();
        };
    }

    static String display(Object value) {
        if (value instanceof Boolean b) {
            return b ? "是" : "否";
        }
        return decimal(value).filter(d -> value instanceof Number).map(Decimals::plain).orElseGet(() -> String.valueOf(value));
    }
}
