package org.junheng.render;

/** One of the four parts of the assessment (or the veto items) at a glance. */
public record PartStatus(String name, String anchor, Status status) {
}
