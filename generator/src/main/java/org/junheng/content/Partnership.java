package org.junheng.content;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A partnership of schools (结对共建, 教育集团, 学区, 联盟) from {@code content/partnerships.yml}:
 * a lead school, its members, and the documents that set it up and report on it.
 */
public record Partnership(String id, String name, PartnershipType type, String leadCode, List<String> memberCodes,
                          Optional<LocalDate> since, Optional<LocalDate> until, String summary,
                          List<String> agreements, List<String> reports, SourceLocation source) {

    public Partnership {
        memberCodes = List.copyOf(memberCodes);
        agreements = List.copyOf(agreements);
        reports = List.copyOf(reports);
    }
}
