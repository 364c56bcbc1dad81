package org.junheng.render;

/**
 * Where the Atom feeds are published. Feeds need absolute addresses, so they exist only when
 * the site has an absolute base URL (not when previewing at "/").
 */
public final class FeedLinks {

    public static final String DISCLOSURES = "feeds/disclosures.xml";

    private FeedLinks() {
    }

    public static boolean available(SiteInfo site) {
        return site.baseUrl().startsWith("http://") || site.baseUrl().startsWith("https://");
    }

    public static String school(String code) {
        return "feeds/schools/" + code + ".xml";
    }
}
