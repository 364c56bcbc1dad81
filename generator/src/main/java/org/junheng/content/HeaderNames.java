package org.junheng.content;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Header text as it is compared: no spaces, lower case, full-width folded, no trailing unit in brackets. */
final class HeaderNames {

    private static final Pattern TRAILING_UNIT = Pattern.compile("[(（][^()（）]*[)）]$");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u3000]+");

    private HeaderNames() {
    }

    static String normalize(String header) {
        String folded = Normalizer.normalize(header.strip(), Normalizer.Form.NFKC);
        String compact = SPACES.matcher(folded).replaceAll("");
        String withoutUnit = TRAILING_UNIT.matcher(compact).replaceAll("");
        return withoutUnit.toLowerCase(Locale.ROOT);
    }
}
