package org.junheng.indicators;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A county's year under the 2012 basic-balance standard, assessed when first asked for. Only that
 * county's assessment pages and the basic-balance tables read it, so a rebuild that takes every
 * other county's pages and table rows from the last build assesses it for the changed county
 * only: it was about a third of assessing a site. Equal views hold equal assessments.
 */
public final class BasicBalanceView {

    /** The site assesses no year under the basic-balance standard. */
    static final BasicBalanceView NONE = new BasicBalanceView(null);

    private final boolean present;
    /** Let go once it has assessed: it holds the county's statistics rows of the year. */
    private Supplier<ResourceAllocation> assess;
    private Optional<ResourceAllocation> assessed;

    private BasicBalanceView(Supplier<ResourceAllocation> assess) {
        this.present = assess != null;
        this.assess = assess;
        this.assessed = present ? null : Optional.empty();
    }

    /** The view {@code assess} makes, when first asked for. */
    static BasicBalanceView of(Supplier<ResourceAllocation> assess) {
        return new BasicBalanceView(Objects.requireNonNull(assess));
    }

    /** Whether there is a view, without assessing it. */
    public boolean present() {
        return present;
    }

    /** The view, assessed the first time it is asked for. */
    public synchronized Optional<ResourceAllocation> get() {
        if (assessed == null) {
            assessed = Optional.of(assess.get());
            assess = null;
        }
        return assessed;
    }

    /** Whether it has been assessed yet. */
    synchronized boolean assessed() {
        return assessed != null;
    }

    @Override
    public boolean equals(Object other) {
        return other == this || other instanceof BasicBalanceView view && get().equals(view.get());
    }

    @Override
    public int hashCode() {
        return get().hashCode();
    }
}
