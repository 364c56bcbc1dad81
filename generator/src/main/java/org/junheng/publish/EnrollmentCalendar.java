package org.junheng.publish;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import org.junheng.content.EnrollmentPolicy;
import org.junheng.content.EnrollmentYear;
import org.junheng.content.Stage;
import org.junheng.content.TimetableEvent;
import org.junheng.files.Sha256;
import org.junheng.render.PageUrls;

/**
 * A year's enrollment timetable as an iCalendar file (RFC 5545): all-day events, CRLF line
 * endings, lines folded at 75 octets. Nothing depends on the clock: DTSTAMP is the policy's
 * publication date (else the first event's date), and each UID is derived from the year, stage
 * and event name, so an event keeps its UID when its dates move.
 */
public final class EnrollmentCalendar {

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    private static final int LINE_OCTETS = 75;

    private final SiteAddress address;
    private final String calendarName;

    EnrollmentCalendar(SiteAddress address, String calendarName) {
        this.address = address;
        this.calendarName = calendarName;
    }

    String calendar(EnrollmentYear year) {
        StringBuilder ics = new StringBuilder();
        line(ics, "BEGIN:VCALENDAR");
        line(ics, "VERSION:2.0");
        line(ics, "PRODID:-//Junheng//Enrollment timetable//ZH");
        line(ics, "CALSCALE:GREGORIAN");
        line(ics, "METHOD:PUBLISH");
        line(ics, "X-WR-CALNAME:" + escape(year.policy().map(EnrollmentPolicy::title).orElse(calendarName)));
        LocalDate stamp = year.policy().map(EnrollmentPolicy::date)
                .orElse(year.timetable().isEmpty() ? LocalDate.of(1970, 1, 1) : year.timetable().get(0).start());
        Map<String, Integer> seen = new HashMap<>();
        for (TimetableEvent event : year.timetable()) {
            String summary = event.event() + event.stage().map(s -> "（" + s.chinese() + "）").orElse("");
            String key = year.year() + "|" + event.stage().map(Stage::key).orElse("") + "|" + event.event();
            int occurrence = seen.merge(key, 1, Integer::sum);
            line(ics, "BEGIN:VEVENT");
            line(ics, "UID:enrollment-" + year.year() + "-" + digest(key) + (occurrence > 1 ? "-" + occurrence : "")
                    + "@" + address.host());
            line(ics, "DTSTAMP:" + stamp.format(DAY) + "T000000Z");
            line(ics, "DTSTART;VALUE=DATE:" + event.start().format(DAY));
            // DTEND of an all-day event is the day after the last day
            line(ics, "DTEND;VALUE=DATE:" + event.end().plusDays(1).format(DAY));
            line(ics, "SUMMARY:" + escape(summary));
            event.detail().ifPresent(detail -> line(ics, "DESCRIPTION:" + escape(detail)));
            if (address.absolute()) {
                line(ics, "URL:" + address.absolute(PageUrls.enrollmentYear(year.year())));
            }
            line(ics, "TRANSP:TRANSPARENT");
            line(ics, "END:VEVENT");
        }
        line(ics, "END:VCALENDAR");
        return ics.toString();
    }

    /** TEXT values escape backslash, semicolon, comma and line breaks (RFC 5545 3.3.11). */
    static String escape(String text) {
        return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\\n")
                .replace("\n", "\\n");
    }

    /** Appends a content line, folded so that no line exceeds 75 octets, never inside a character. */
    static void line(StringBuilder ics, String line) {
        int octets = 0;
        int limit = LINE_OCTETS;
        for (int i = 0; i < line.length(); ) {
            int codePoint = line.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                ics.append("\r\n ");
                octets = 1;
            }
            ics.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        ics.append("\r\n");
    }

    private static String digest(String text) {
        byte[] hash = Sha256.digest().digest(text.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(hash, 0, 6);
    }
}
