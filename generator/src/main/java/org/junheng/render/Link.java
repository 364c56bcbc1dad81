package org.junheng.render;

/** A link to a page of the site: {@code url} is relative to the site root. */
public record Link(String label, String url) {
}
