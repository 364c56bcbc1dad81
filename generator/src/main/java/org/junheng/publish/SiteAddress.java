package org.junheng.publish;

import java.net.URI;
import org.junheng.render.SiteInfo;

/** The site's absolute address, as feeds, sitemaps and calendars need it. */
record SiteAddress(String baseUrl, String host, String path) {

    /** A stand-in host for identifiers when the site has no absolute address (a local preview). */
    static final String NO_HOST = "junheng.invalid";

    static SiteAddress of(SiteInfo site) {
        if (!site.baseUrl().startsWith("http://") && !site.baseUrl().startsWith("https://")) {
            return new SiteAddress("", NO_HOST, "/");
        }
        URI uri = URI.create(site.baseUrl());
        String path = uri.getPath() == null || uri.getPath().isEmpty() ? "/" : uri.getPath();
        return new SiteAddress(site.baseUrl(), uri.getHost(), path);
    }

    boolean absolute() {
        return !baseUrl.isEmpty();
    }

    String absolute(String sitePath) {
        return baseUrl + sitePath;
    }
}
