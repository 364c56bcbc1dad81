package org.junheng.publish;

import java.util.List;
import org.junheng.indicators.Suppression;

/** The codes a published cell may hold instead of a value; the data dictionary explains both. */
public final class MissingValues {

    /** Not reported, not applicable or not computable; a separate reason column says which when it matters. */
    public static final String EMPTY = "";
    /** A small count of children hidden so that no child can be singled out (and any cell that would reveal it). */
    public static final String SUPPRESSED = Suppression.CODE;
    /** Below this a count of children that share an attribute is suppressed, unless the site sets another. */
    public static final int SUPPRESSION_THRESHOLD = Suppression.DEFAULT_THRESHOLD;

    public static final List<String> ALL = List.of(EMPTY, SUPPRESSED);

    private MissingValues() {
    }

    public static boolean isMissing(String cell) {
        return ALL.contains(cell);
    }
}
