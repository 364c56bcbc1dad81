package org.junheng.content;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A declared result list (录取名单) with its notice period. Names are already masked when the
 * list is loaded; columns that could identify a child are rejected before it gets here.
 */
public record ResultList(String slug, int year, String title, Optional<String> schoolCode, LocalDate published,
                         LocalDate noticeStart, LocalDate noticeEnd, List<String> columns, List<List<String>> rows,
                         SourceLocation source) {

    public ResultList {
        columns = List.copyOf(columns);
        rows = rows.stream().map(List::copyOf).toList();
    }

    /** Whether the list may be published on a site built on {@code buildDate}: only inside its notice period. */
    public boolean publishableOn(LocalDate buildDate) {
        return !buildDate.isBefore(noticeStart) && !buildDate.isAfter(noticeEnd);
    }
}
