package org.junheng.publish;

/**
 * What a field that counts children may reveal. Every field that counts children says which
 * it is, so a new table cannot publish such a count without deciding.
 */
public enum ChildCount {
    /** Not a count of children. */
    NONE,
    /**
     * A school's or stage's enrollment (在校生数), published in the official school directory: it
     * describes the school and singles out no child by any attribute, so it is never hidden.
     */
    SCHOOL_SIZE,
    /**
     * Children who share an attribute (admitted by a route, with a disability, from a group):
     * a count from 1 to the threshold − 1 is published only as the suppression code.
     */
    SUPPRESSED
}
