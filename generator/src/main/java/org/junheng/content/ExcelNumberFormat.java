package org.junheng.content;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What a cell's number format says about its number: a date (and which parts of it the
 * format shows), a time, a number padded with zeros, or a plain number. Built-in formats
 * have no text in the file, only an id, so the ids Excel and WPS use on Chinese systems
 * are listed here.
 */
record ExcelNumberFormat(Kind kind, int zeroPaddedWidth) {

    enum Kind {
        /** A plain number. */
        NUMBER,
        /** A date showing only the year, such as {@code yyyy"年"}. */
        YEAR,
        /** A date showing year and month, such as {@code yyyy"年"m"月"}. */
        YEAR_MONTH,
        /** A date, whatever parts it shows. */
        DATE,
        /** A date with a time of day. */
        DATE_TIME,
        /** A time of day or a duration, with no date. */
        TIME
    }

    static final ExcelNumberFormat GENERAL = new ExcelNumberFormat(Kind.NUMBER, 0);

    private static final Map<Integer, String> BUILT_IN = Map.ofEntries(
            Map.entry(1, "0"), Map.entry(14, "yyyy/m/d"), Map.entry(15, "d-mmm-yy"), Map.entry(16, "d-mmm"),
            Map.entry(17, "mmm-yy"), Map.entry(18, "h:mm AM/PM"), Map.entry(19, "h:mm:ss AM/PM"),
            Map.entry(20, "h:mm"), Map.entry(21, "h:mm:ss"), Map.entry(22, "yyyy/m/d h:mm"),
            Map.entry(27, "yyyy\"年\"m\"月\""), Map.entry(28, "m\"月\"d\"日\""), Map.entry(29, "m\"月\"d\"日\""),
            Map.entry(30, "m-d-yy"), Map.entry(31, "yyyy\"年\"m\"月\"d\"日\""), Map.entry(32, "h\"时\"mm\"分\""),
            Map.entry(33, "h\"时\"mm\"分\"ss\"秒\""), Map.entry(34, "上午/下午h\"时\"mm\"分\""),
            Map.entry(35, "上午/下午h\"时\"mm\"分\"ss\"秒\""), Map.entry(36, "yyyy\"年\"m\"月\""),
            Map.entry(45, "mm:ss"), Map.entry(46, "[h]:mm:ss"), Map.entry(47, "mm:ss.0"),
            Map.entry(50, "yyyy\"年\"m\"月\""), Map.entry(51, "m\"月\"d\"日\""), Map.entry(52, "yyyy\"年\"m\"月\""),
            Map.entry(53, "m\"月\"d\"日\""), Map.entry(54, "m\"月\"d\"日\""), Map.entry(55, "上午/下午h\"时\"mm\"分\""),
            Map.entry(56, "上午/下午h\"时\"mm\"分\"ss\"秒\""), Map.entry(57, "yyyy\"年\"m\"月\""),
            Map.entry(58, "m\"月\"d\"日\""));

    private static final Pattern QUOTED = Pattern.compile("\"[^\"]*\"");
    private static final Pattern ESCAPED = Pattern.compile("\\\\.|[_*].");
    private static final Pattern ELAPSED = Pattern.compile("\\[([hms])+]", Pattern.CASE_INSENSITIVE);
    private static final Pattern BRACKETED = Pattern.compile("\\[[^]]*]");
    private static final Pattern AM_PM = Pattern.compile("am/pm|a/p|上午/下午", Pattern.CASE_INSENSITIVE);
    private static final Pattern SCIENTIFIC = Pattern.compile("e[+-]");
    private static final Pattern ZEROS = Pattern.compile("0+");

    /** The format of a cell from its style's format id and, for custom formats, the format text. */
    static ExcelNumberFormat of(Integer id, String text) {
        String format = text != null ? text : id == null ? null : BUILT_IN.get(id);
        return format == null ? GENERAL : parse(format);
    }

    static ExcelNumberFormat parse(String format) {
        String section = firstSection(format);
        String bare = ESCAPED.matcher(QUOTED.matcher(section).replaceAll("")).replaceAll("");
        bare = ELAPSED.matcher(bare).replaceAll("$1");
        bare = AM_PM.matcher(BRACKETED.matcher(bare).replaceAll("")).replaceAll("").toLowerCase(Locale.ROOT);
        if (bare.equals("general") || SCIENTIFIC.matcher(bare).find()) {
            return GENERAL;
        }
        if (ZEROS.matcher(bare).matches() && bare.length() > 1) {
            return new ExcelNumberFormat(Kind.NUMBER, bare.length());
        }
        return new ExcelNumberFormat(dateKind(bare), 0);
    }

    boolean isDate() {
        return kind != Kind.NUMBER;
    }

    /** The format's date and time letters, deciding whether each {@code m} is a month or a minute. */
    private static Kind dateKind(String bare) {
        String letters = bare.replaceAll("[^ymdhse]", "");
        if (letters.isEmpty()) {
            return Kind.NUMBER;
        }
        boolean year = false;
        boolean month = false;
        boolean day = false;
        boolean time = false;
        String[] runs = letters.split("(?<=(.))(?!\\1)");
        for (int i = 0; i < runs.length; i++) {
            switch (runs[i].charAt(0)) {
                case 'y', 'e' -> year = true;
                case 'd' -> day = true;
                case 'h', 's' -> time = true;
                case 'm' -> {
                    boolean afterHour = i > 0 && runs[i - 1].charAt(0) == 'h';
                    boolean beforeSecond = i + 1 < runs.length && runs[i + 1].charAt(0) == 's';
                    if (afterHour || beforeSecond) {
                        time = true;
                    } else {
                        month = true;
                    }
                }
                default -> {
                }
            }
        }
        boolean date = year || month || day;
        if (!date) {
            return Kind.TIME;
        }
        if (time) {
            return Kind.DATE_TIME;
        }
        if (year && !month && !day) {
            return Kind.YEAR;
        }
        if (year && month && !day) {
            return Kind.YEAR_MONTH;
        }
        return Kind.DATE;
    }

    /** A format may have up to four sections (positive;negative;zero;text); the first one decides. */
    private static String firstSection(String format) {
        boolean quoted = false;
        for (int i = 0; i < format.length(); i++) {
            char c = format.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == '\\') {
                i++;
            } else if (c == ';' && !quoted) {
                return format.substring(0, i);
            }
        }
        return format;
    }
}
