package org.junheng.render;

import java.util.List;
import org.junheng.content.Content;
import org.junheng.indicators.CountyAssessment;
import org.junheng.indicators.StandardSet;

/** Everything a site is rendered from: the site itself, its content, the standards applied and the results. */
public record SiteData(SiteInfo site, Content content, StandardSet standards, List<CountyAssessment> assessments) {

    public SiteData {
        assessments = List.copyOf(assessments);
    }
}
