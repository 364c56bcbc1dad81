package org.junheng.content;

import java.time.LocalDate;
import java.util.Optional;

/** One step of the enrollment timetable: an all-day period from {@code start} to {@code end} inclusive. */
public record TimetableEvent(LocalDate start, LocalDate end, String event, Optional<Stage> stage,
                             Optional<String> detail, SourceLocation source) {
}
