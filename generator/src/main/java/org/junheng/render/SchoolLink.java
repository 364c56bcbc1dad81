package org.junheng.render;

/** A school named with a link to its profile and a note (why it is left out, what it fails). */
public record SchoolLink(String name, String url, String note) {
}
