package org.junheng.charts;

/**
 * One bar: its category label, value, the text printed at its end (so colour is never the only
 * cue), and whether it is flagged (e.g. below the standard), which also changes its colour.
 */
public record Bar(String label, double value, String valueLabel, boolean flagged) {
}
