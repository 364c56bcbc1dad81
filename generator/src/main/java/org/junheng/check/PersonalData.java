package org.junheng.check;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds personal data in a text: ID-card numbers (GB 11643, 18 digits with a valid check
 * digit, or the old 15-digit form), mobile numbers, bank-card numbers (Luhn) and birth dates
 * next to a name — also when disguised with full-width digits, spaces, hyphens, dots or
 * invisible characters. Office landlines (starting with 0) are not personal data.
 */
final class PersonalData {

    /** What was found. */
    enum Kind {
        ID_NUMBER,
        MOBILE,
        BANK_CARD,
        BIRTH_DATE
    }

    /**
     * One finding: {@code start} and {@code end} index the original text, {@code key} is the
     * value reduced to what identifies it (the digits) and {@code masked} is safe to print.
     */
    record Finding(Kind kind, int start, int end, String key, String masked) {
    }

    private static final Pattern DIGIT_RUN = Pattern.compile("(?<![0-9])([0-9]+)([Xx]?)(?![0-9])");
    private static final Pattern MOBILE = Pattern.compile("1[3-9][0-9]{9}");
    private static final int[] ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String ID_CHECK = "10X98765432";
    private static final int MIN_DIGITS = 5;
    /**
     * How card numbers issued in China begin: UnionPay 62 (and the older 60), Visa 4, Mastercard
     * 5, JCB and American Express 3, the old domestic 95 cards. Long application numbers, which
     * begin with a year (20…), and index numbers do not, though one in ten passes the Luhn check.
     */
    private static final Pattern CARD_PREFIX = Pattern.compile("[3456]|95");

    /** Atomic, so that "2015年3月2日至…" cannot be taken as "2015年3月" followed by something else. */
    private static final String DATE = "(?>([0-9]{4})\\s*(?:年\\s*([0-9]{1,2})\\s*月(?:\\s*([0-9]{1,2})\\s*日)?"
            + "|[-./]\\s*([0-9]{1,2})(?:\\s*[-./]\\s*([0-9]{1,2}))?))";
    /** A date that starts or ends a range or a bound ("2017年9月1日至…", "…前出生") is a rule, not a person's birthday. */
    private static final String NOT_A_RANGE = "(?!\\s*(?:至|到|~|～|—|–|－|-|起|前|后|以前|以后|之前|之后|之间|及以前|及以后))";
    private static final Pattern ANY_DATE = Pattern.compile(DATE);
    private static final Pattern LABELLED_BIRTH_DATE = Pattern.compile(
            "(?:出生日期|出生年月日|出生年月|出生时间|出生于|生日)\\s*[:：]?\\s*" + DATE + NOT_A_RANGE);
    private static final Pattern NAME_THEN_BIRTH_DATE = Pattern.compile(
            "\\p{IsHan}{2,4}\\s*[，,、：:（(]\\s*" + DATE + "\\s*(?:出生|生(?![效产活源态命成]))");

    private PersonalData() {
    }

    /** Every finding in {@code raw}; {@code markup} when it is Markdown, whose tags and entities vanish on the page. */
    static List<Finding> find(String raw, boolean markup) {
        if (!mayHoldDigits(raw, markup)) {
            return List.of(); // most texts are names and places: nothing to fold
        }
        FoldedText folded = FoldedText.of(raw, markup);
        List<Finding> findings = new ArrayList<>();
        numbers(folded.joinDigitGroups(markup), findings);
        if (folded.text().indexOf('生') >= 0) {
            birthDates(folded, LABELLED_BIRTH_DATE, findings);
            birthDates(folded, NAME_THEN_BIRTH_DATE, findings);
        }
        findings.sort(java.util.Comparator.comparingInt(Finding::start));
        return findings;
    }

    /**
     * Whether an allowlisted value, written any way (spaces, hyphens, +86, a date with or
     * without 年月日), is the value this finding found.
     */
    static boolean isAllowedBy(Finding finding, String allowed) {
        FoldedText folded = FoldedText.of(allowed, false);
        StringBuilder key = new StringBuilder();
        Matcher date = ANY_DATE.matcher(folded.text());
        if (finding.kind() == Kind.BIRTH_DATE && date.find()) {
            String month = date.group(2) != null ? date.group(2) : date.group(4);
            String day = date.group(3) != null ? date.group(3) : date.group(5);
            return finding.key().equals(date.group(1) + pad(month == null ? "" : month) + (day == null ? "" : pad(day)));
        }
        folded.text().chars().filter(c -> FoldedText.isDigit((char) c) || c == 'X' || c == 'x')
                .forEach(c -> key.append(Character.toUpperCase((char) c)));
        String digits = key.toString();
        return finding.key().equals(digits) || finding.kind() == Kind.MOBILE && finding.key().equals(mobile(digits));
    }

    /** The text with every personal number in it masked, for messages that quote what the user wrote. */
    static String redact(String raw) {
        List<Finding> findings = find(raw, false);
        if (findings.isEmpty()) {
            return raw;
        }
        StringBuilder text = new StringBuilder();
        int at = 0;
        for (Finding finding : findings) {
            if (finding.start() < at) {
                continue;
            }
            text.append(raw, at, finding.start()).append(finding.masked());
            at = finding.end();
        }
        return text.append(raw.substring(at)).toString();
    }

    private static void numbers(FoldedText text, List<Finding> findings) {
        Matcher run = DIGIT_RUN.matcher(text.text());
        while (run.find()) {
            String digits = run.group(1);
            boolean x = !run.group(2).isEmpty();
            int start = text.origin()[run.start()];
            int end = text.origin()[run.end(1)];
            if (x && digits.length() == 17 && isIdNumber(digits + "X")) {
                findings.add(new Finding(Kind.ID_NUMBER, start, text.origin()[run.end()], digits + "X",
                        maskMiddle(digits + "X", 4, 4)));
            } else if (digits.length() == 18 && isIdNumber(digits) || digits.length() == 15 && isOldIdNumber(digits)) {
                findings.add(new Finding(Kind.ID_NUMBER, start, end, digits, maskMiddle(digits, 4, 4)));
            } else if (mobile(digits) != null) {
                String mobile = mobile(digits);
                findings.add(new Finding(Kind.MOBILE, start, end, mobile, maskMiddle(mobile, 3, 4)));
            } else if (digits.length() >= 13 && digits.length() <= 19 && CARD_PREFIX.matcher(digits).lookingAt()
                    && passesLuhn(digits)) {
                findings.add(new Finding(Kind.BANK_CARD, start, end, digits, maskMiddle(digits, 4, 4)));
            }
        }
    }

    /**
     * Whether the text could hold enough digits for any finding (a birth date has at least
     * five): digits of any width, circled numbers and, in Markdown, character references count.
     */
    private static boolean mayHoldDigits(String raw, boolean markup) {
        int digits = 0;
        for (int i = 0; i < raw.length() && digits < MIN_DIGITS; i++) {
            char c = raw.charAt(i);
            if (c >= '0' && c <= '9' || c > 0x7f && (Character.isDigit(c) || Character.getNumericValue(c) >= 0)) {
                digits++;
            } else if (markup && c == '&') {
                return true;
            }
        }
        return digits >= MIN_DIGITS;
    }

    /** The 11-digit mobile number, without a +86, 86 or 0086 prefix; null if it is not one. */
    private static String mobile(String digits) {
        String number = digits.length() == 13 && digits.startsWith("86") ? digits.substring(2)
                : digits.length() == 15 && digits.startsWith("0086") ? digits.substring(4) : digits;
        return MOBILE.matcher(number).matches() ? number : null;
    }

    private static void birthDates(FoldedText text, Pattern pattern, List<Finding> findings) {
        Matcher date = pattern.matcher(text.text());
        while (date.find()) {
            String year = date.group(1);
            String month = date.group(2) != null ? date.group(2) : date.group(4);
            String day = date.group(3) != null ? date.group(3) : date.group(5);
            if (month == null || !isDate(year, month, day == null ? "1" : day)) {
                continue;
            }
            String key = year + pad(month) + (day == null ? "" : pad(day));
            int start = text.origin()[date.start()];
            int end = text.origin()[date.end()];
            if (findings.stream().noneMatch(f -> f.kind() == Kind.BIRTH_DATE && f.start() <= start && start < f.end())) {
                findings.add(new Finding(Kind.BIRTH_DATE, start, end, key,
                        year + "-**" + (day == null ? "" : "-**")));
            }
        }
    }

    /** GB 11643: a plausible birth date in digits 7–14 and the ISO 7064 MOD 11-2 check character. */
    static boolean isIdNumber(String id) {
        if (!id.matches("[1-9][0-9]{16}[0-9X]")) {
            return false;
        }
        if (!isDate(id.substring(6, 10), id.substring(10, 12), id.substring(12, 14))) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (id.charAt(i) - '0') * ID_WEIGHTS[i];
        }
        return ID_CHECK.charAt(sum % 11) == id.charAt(17);
    }

    /** The 15-digit form used before 1999: region, then a 19YYMMDD birth date written YYMMDD, then three digits. */
    static boolean isOldIdNumber(String id) {
        return id.matches("[1-9][0-9]{14}") && isDate("19" + id.substring(6, 8), id.substring(8, 10), id.substring(10, 12));
    }

    static boolean passesLuhn(String digits) {
        int sum = 0;
        boolean doubled = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int digit = digits.charAt(i) - '0';
            if (doubled) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
            doubled = !doubled;
        }
        return sum % 10 == 0;
    }

    private static boolean isDate(String year, String month, String day) {
        int y = Integer.parseInt(year);
        if (y < 1900 || y > 2099) {
            return false;
        }
        try {
            LocalDate.of(y, Integer.parseInt(month), Integer.parseInt(day));
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    private static String pad(String number) {
        return number.length() == 1 ? "0" + number : number;
    }

    private static String maskMiddle(String value, int keepStart, int keepEnd) {
        return value.substring(0, keepStart) + "*".repeat(value.length() - keepStart - keepEnd)
                + value.substring(value.length() - keepEnd);
    }
}
