package org.junheng.render;

/** A school as listed on index pages. */
public record SchoolCard(String code, String name, String url, String type, String town, String locality,
                         String ownership, String students, String aliases) {
}
