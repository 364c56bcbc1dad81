package org.junheng.indicators;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Optional;

/** How a county's number is compared with the required one. "以上" includes the number: {@code at_least}. */
public enum Comparison {
    AT_LEAST("at_least", "≥"),
    GREATER_THAN("greater_than", ">"),
    AT_MOST("at_most", "≤"),
    LESS_THAN("less_than", "<"),
    EQUALS("equals", "=");

    private final String key;
    private final String symbol;

    Comparison(String key, String symbol) {
        this.key = key;
        this.symbol = symbol;
    }

    public String key() { return key; }

    public String symbol() { return symbol; }

    public boolean holds(BigDecimal actual, BigDecimal required) {
        int c = actual.compareTo(required);
        return switch (this) {
            case AT_LEAST -> c >= 0;
            case GREATER_THAN -> c > 0;
            case AT_MOST -> c <= 0;
            case LESS_THAN -> c < 0;
            case EQUALS -> c == 0;
        };
    }

    public static Optional<Comparison> fromKey(String key) {
        return Arrays.stream(values()).filter(c -> c.key.equals(key)).findFirst();
    }
}
