package org.junheng.charts;

/** A line across the value axis, such as a threshold or a limit, labelled in words. */
public record ReferenceLine(double value, String label) {
}
