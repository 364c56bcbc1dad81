package org.junheng.publish;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;
import org.junheng.content.Content;
import org.junheng.content.Correction;

/**
 * The date a release carries. It is an input, never the machine's clock, so the same inputs give
 * the same files: the build date when one is given ({@code --build-date} or
 * {@code SOURCE_DATE_EPOCH}), otherwise the newest date in the content — a dated item
 * ({@link Content#newestDate()}), a correction, or the autumn census day of the newest school year.
 */
public final class ReleaseDate {

    private static final LocalDate NOTHING_DATED = LocalDate.of(1970, 1, 1);

    private ReleaseDate() {
    }

    public static LocalDate of(Optional<LocalDate> buildDate, Content content) {
        return buildDate.orElseGet(() -> newest(content));
    }

    static LocalDate newest(Content content) {
        return Stream.of(
                        content.newestDate().stream(),
                        content.corrections().stream().map(Correction::date),
                        content.years().stream().map(year -> LocalDate.of(year, 9, 1)))
                .flatMap(dates -> dates)
                .max(Comparator.naturalOrder())
                .orElse(NOTHING_DATED);
    }
}
