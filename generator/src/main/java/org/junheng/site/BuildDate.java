package org.junheng.site;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junheng.content.Content;

/**
 * The date a build treats as "today". It is an input so that output is reproducible: given
 * explicitly ({@code --build-date}), else from {@code SOURCE_DATE_EPOCH} (the reproducible-builds
 * convention, read as a date in China Standard Time, UTC+8), else the date of the newest content
 * item. The machine's clock is never read.
 */
public final class BuildDate {

    private static final ZoneOffset CHINA = ZoneOffset.ofHours(8);

    private BuildDate() {
    }

    /** The date of a {@code SOURCE_DATE_EPOCH} value (seconds since 1970), or empty if unset or not a number. */
    public static Optional<LocalDate> fromSourceDateEpoch(String value) {
        if (value == null || !value.strip().matches("[0-9]{1,12}")) {
            return Optional.empty();
        }
        return Optional.of(Instant.ofEpochSecond(Long.parseLong(value.strip())).atOffset(CHINA).toLocalDate());
    }

    static LocalDate resolve(Optional<LocalDate> given, Content content) {
        return given.or(content::newestDate).orElse(LocalDate.of(1970, 1, 1));
    }
}
