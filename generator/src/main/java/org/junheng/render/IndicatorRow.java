package org.junheng.render;

/** One indicator of one school part: value against its threshold, the status, and the gap in raw units. */
public record IndicatorRow(String code, String name, String url, String unit, String value, String threshold,
                           String percent, Status status, String gap) {
}
