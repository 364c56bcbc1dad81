package org.junheng.render;

import java.util.List;
import org.junheng.content.Content;
import org.junheng.indicators.CountyAssessment;
import org.junheng.indicators.StandardSet;

/**
 * Everything a site is rendered from: the site itself, its content, the standards applied and the
 * results; and the content in shares (digested when first asked for), of which the input keys of
 * both its pages and its open data are made.
 */
public record SiteData(SiteInfo site, Content content, StandardSet standards, List<CountyAssessment> assessments,
                       ContentShares shares) {

    public SiteData {
        assessments = List.copyOf(assessments);
    }

    public SiteData(SiteInfo site, Content content, StandardSet standards, List<CountyAssessment> assessments) {
        this(site, content, standards, assessments, ContentShares.of(content));
    }
}
