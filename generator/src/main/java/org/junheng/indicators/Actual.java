package org.junheng.indicators;

/**
 * What a county reported for one check, kept as data so that each page says it in its own
 * language: a yes or no, how many entries a list has, or the value as the county gave it.
 */
public sealed interface Actual {

    /** A yes or no, e.g. 是否有控辍保学机制. */
    record YesNo(boolean value) implements Actual {
    }

    /** How many entries a list input has, e.g. the subjects of the quality monitoring. */
    record Entries(int count) implements Actual {
    }

    /** The value as the county gave it: a number, or its own words (a rating such as 优秀). */
    record Given(String value) implements Actual {
    }

    /** A value read from the county's input: a yes or no as such, anything else as given. */
    static Actual of(Object value) {
        return value instanceof Boolean flag ? new YesNo(flag) : new Given(InputValues.display(value));
    }
}
