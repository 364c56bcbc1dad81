package org.junheng.render;

/** One labelled fact of a description list; {@code url} is empty, site-relative or absolute. */
public record Fact(String label, String value, String url, boolean external) {

    public static Fact text(String label, String value) {
        return new Fact(label, value, "", false);
    }

    public static Fact link(String label, String value, String url) {
        return new Fact(label, value, url, false);
    }

    public static Fact externalLink(String label, String value, String url) {
        return new Fact(label, value, url, true);
    }
}
