package org.junheng.indicators;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * One number of a standard set (a threshold, a CV limit, a rule), who set it, and the value it
 * replaced if an override layer changed it — so a page can say "国家标准 4.2，某省调整为 4.5".
 */
public record Setting(BigDecimal value, Provenance setBy, Optional<Setting> replaced) {

    public static Setting of(BigDecimal value, Provenance setBy) {
        return new Setting(value, setBy, Optional.empty());
    }

    public Setting overriddenBy(BigDecimal newValue, Provenance layer) {
        return new Setting(newValue, layer, Optional.of(this));
    }

    public boolean isOverridden() {
        return replaced.isPresent();
    }

    /** The value the standard document itself set, before any override. */
    public Setting original() {
        return replaced.map(Setting::original).orElse(this);
    }

    public int intValue() {
        return value.intValueExact();
    }

    /** The value without trailing zeros, e.g. {@code 0.5} for 0.50, as written in requirement texts. */
    public String plain() {
        return Decimals.plain(value);
    }
}
