package org.junheng.content;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds personal data in text that is about to be published: resident ID numbers (18
 * characters whose birth date is a real date and whose check character is right) and
 * mainland mobile numbers. A run of digits inside a longer number, or after a decimal point,
 * is not a match: 34-digit indicator values must not look like phone numbers.
 */
public final class PersonalData {

    /** What kind of personal data a finding is. */
    public enum Kind {
        ID_NUMBER("身份证号码", "ID number"),
        MOBILE("手机号码", "mobile number");

        private final String chinese;
        private final String english;

        Kind(String chinese, String english) {
            this.chinese = chinese;
            this.english = english;
        }

        public String chinese() { return chinese; }

        public String english() { return english; }
    }

    /** One match: its kind, the matched text and a masked form that is safe to print in a report. */
    public record Finding(Kind kind, String text, int start) {

        public String masked() {
            int keep = Math.min(3, text.length());
            return text.substring(0, keep) + "*".repeat(text.length() - keep - 2) + text.substring(text.length() - 2);
        }
    }

    private static final Pattern ID_NUMBER = Pattern.compile("(?<![0-9.])[1-9][0-9]{16}[0-9Xx](?![0-9])");
    private static final Pattern MOBILE = Pattern.compile("(?<![0-9.])(?:\\+?86[- ]?)?1[3-9][0-9]{9}(?![0-9])");
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";

    private PersonalData() {
    }

    public static List<Finding> find(String text) {
        List<Finding> found = new ArrayList<>();
        Matcher id = ID_NUMBER.matcher(text);
        while (id.find()) {
            if (isIdNumber(id.group())) {
                found.add(new Finding(Kind.ID_NUMBER, id.group(), id.start()));
            }
        }
        Matcher mobile = MOBILE.matcher(text);
        while (mobile.find()) {
            found.add(new Finding(Kind.MOBILE, mobile.group(), mobile.start()));
        }
        found.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return found;
    }

    static boolean isIdNumber(String candidate) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (candidate.charAt(i) - '0') * WEIGHTS[i];
        }
        if (Character.toUpperCase(candidate.charAt(17)) != CHECK.charAt(sum % 11)) {
            return false;
        }
        try {
            LocalDate born = LocalDate.of(Integer.parseInt(candidate.substring(6, 10)),
                    Integer.parseInt(candidate.substring(10, 12)), Integer.parseInt(candidate.substring(12, 14)));
            return born.getYear() >= 1900;
        } catch (DateTimeException e) {
            return false;
        }
    }
}
