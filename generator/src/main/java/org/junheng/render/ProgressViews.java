package org.junheng.render;

import java.util.List;

/** View records of the project and partnership pages. */
public final class ProgressViews {

    private ProgressViews() {
    }

    /** An indicator code with its full name, for an abbreviation. */
    public record IndicatorTag(String code, String name) {
    }

    /** One improvement project as listed; {@code school} is null for a county-wide project. */
    public record ProjectView(String id, String anchor, String title, Link school, String category,
                              List<IndicatorTag> indicators, String budget, String funding, String planned,
                              String plannedEnd, String actual, String status, String progress, int progressValue, boolean overdue,
                              List<Link> evidence) {
        public ProjectView {
            indicators = List.copyOf(indicators);
            evidence = List.copyOf(evidence);
        }
    }

    /** A partnership as listed. */
    public record PartnershipView(String anchor, String name, String type, Link lead, List<Link> members,
                                  String period, String summary, List<Link> agreements, List<Link> reports) {
        public PartnershipView {
            members = List.copyOf(members);
            agreements = List.copyOf(agreements);
            reports = List.copyOf(reports);
        }
    }

    /** Partnerships of one type. */
    public record PartnershipGroup(String type, String anchor, List<PartnershipView> partnerships) {
        public PartnershipGroup {
            partnerships = List.copyOf(partnerships);
        }
    }

    /** A partnership seen from one school: the school's role and its partners. */
    public record SchoolPartnership(Link partnership, String type, String role, List<Link> partners) {
        public SchoolPartnership {
            partners = List.copyOf(partners);
        }
    }
}
