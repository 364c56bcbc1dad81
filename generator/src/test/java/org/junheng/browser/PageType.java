package org.junheng.browser;

import java.util.List;

/**
 * One kind of page of the portal, named for its screenshots, with the demo county's page that
 * stands for it (a path relative to the site's root).
 */
record PageType(String name, String path) {

    /** Every kind of page the demo county has. */
    static final List<PageType> ALL = List.of(
            new PageType("home", ""),
            new PageType("schools", "schools/"),
            new PageType("school", "schools/3199010012/"),
            new PageType("assessment", "assessment/"),
            new PageType("assessment-year", "assessment/2023/"),
            new PageType("indicator", "indicators/L1/"),
            new PageType("methodology", "methodology/"),
            new PageType("disclosures", "disclosures/"),
            new PageType("disclosures-by-type", "disclosures/by-type/notice/"),
            new PageType("document", "disclosures/2024-county-self-assessment/"),
            new PageType("enrollment", "enrollment/2024/"),
            new PageType("zones", "enrollment/2024/zones/"),
            new PageType("plans", "enrollment/2024/plans/"),
            new PageType("projects", "projects/"),
            new PageType("partnerships", "partnerships/"),
            new PageType("data", "data/"),
            new PageType("dictionary", "data/dictionary/"),
            new PageType("compare", "compare/"),
            new PageType("about", "about/"),
            new PageType("not-found", "404.html"),
            new PageType("en-home", "en/"),
            new PageType("en-school", "en/schools/3199010012/"),
            new PageType("en-assessment", "en/assessment/"),
            new PageType("en-compare", "en/compare/"));

    @Override
    public String toString() {
        return name;
    }
}
