package org.junheng.render;

/** One indicator's county coefficient of variation for a stage, against its limit. */
public record CvRow(String code, String name, String url, String cv, String limit, Status status, String change,
                    String schools) {
}
