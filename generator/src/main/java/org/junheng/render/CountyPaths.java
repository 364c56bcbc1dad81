package org.junheng.render;

import java.util.List;
import org.junheng.content.County;

/**
 * Where a county's assessment pages live: at the top of a one-county site, under
 * {@code counties/{code}/} on a city or province portal.
 */
final class CountyPaths {

    private CountyPaths() {
    }

    static String prefix(County county, List<County> counties) {
        return Portal.several(counties) ? "counties/" + county.code() + "/" : "";
    }

    static String assessment(String prefix, int year, boolean latest) {
        return prefix + "assessment/" + (latest ? "" : year + "/");
    }

    static String indicator(String prefix, String code) {
        return prefix + "indicators/" + code + "/";
    }

    /** A chart id unique in the site: the county code keeps several counties apart. */
    static String chartId(County county, String... parts) {
        return county.code() + "-" + String.join("-", parts);
    }
}
