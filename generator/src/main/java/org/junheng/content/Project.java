package org.junheng.content;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * An improvement project (改善项目) from {@code content/projects/*.csv}: what it builds or buys,
 * for which school and indicators, with its money, dates, status and the documents that prove it.
 * A project without a school is county-wide.
 */
public record Project(String id, Optional<String> schoolCode, String title, String category, List<String> indicators,
                      double budgetWan, String funding, Optional<LocalDate> plannedStart, LocalDate plannedEnd,
                      Optional<LocalDate> actualStart, Optional<LocalDate> actualEnd, ProjectStatus status,
                      int progress, List<String> evidence, SourceLocation source) {

    public Project {
        indicators = List.copyOf(indicators);
        evidence = List.copyOf(evidence);
    }

    /** Planned to be finished before {@code buildDate} and still not finished. */
    public boolean overdueOn(LocalDate buildDate) {
        return status != ProjectStatus.DONE && plannedEnd.isBefore(buildDate);
    }
}
