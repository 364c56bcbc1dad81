package org.junheng.render;

/** A school in the school list, with what the finder matches it against. */
public record SchoolListing(SchoolCard school, FinderKeys finder) {
}
