package org.junheng.render;

/** One choice of a filter's drop-down: the value the page's script matches, and what the reader sees. */
public record FilterOption(String value, String label) {
}
