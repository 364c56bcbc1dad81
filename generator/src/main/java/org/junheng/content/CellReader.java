package org.junheng.content;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Typed reading of table cells. A cell that cannot be read becomes a problem naming the
 * cell and an empty value, so one bad cell never hides the rest of the file's problems.
 */
public final class CellReader {

    private static final Pattern THOUSANDS = Pattern.compile("(?<=\\d),(?=\\d{3}(\\D|$))");
    private static final Pattern INTEGER = Pattern.compile("-?\\d+");
    private static final Pattern DECIMAL = Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-\\d{2}(-\\d{2}([ T].*)?)?");
    private static final Pattern LIST_SEPARATOR = Pattern.compile("[;；、]");

    private final List<Problem> problems;

    public CellReader(List<Problem> problems) {
        this.problems = problems;
    }

    public Optional<String> text(TableRow row, String key) {
        return row.text(key);
    }

    public String requiredText(TableRow row, String key) {
        Optional<String> value = row.text(key);
        if (value.isEmpty()) {
            problems.add(Problem.error(row.at(key), "", "cell.required", "必填项为空", "填写这一单元格"));
        }
        return value.orElse("");
    }

    public OptionalInt count(TableRow row, String key) {
        Optional<String> cell = row.text(key);
        if (cell.isPresent() && plainDigits(cell.get(), 9)) {
            return OptionalCounts.of(Integer.parseInt(cell.get()));
        }
        Optional<String> text = cell.map(CellReader::numeric);
        if (text.isEmpty()) {
            return OptionalInt.empty();
        }
        if (!INTEGER.matcher(text.get()).matches()) {
            problems.add(Problem.error(row.at(key), row.text(key).get(), "cell.not-integer", "应为整数",
                    "只填写数字，例如 1234"));
            return OptionalInt.empty();
        }
        try {
            return OptionalCounts.of(Integer.parseInt(text.get()));
        } catch (NumberFormatException e) {
            problems.add(Problem.error(row.at(key), row.text(key).get(), "cell.not-integer", "数字过大", "检查数值"));
            return OptionalInt.empty();
        }
    }

    /**
     * A year: a whole number, or a date whose year is meant — a workbook date cell reads as
     * an ISO date ({@code 1956-09-01}), and a year typed as a date means that year.
     */
    public OptionalInt year(TableRow row, String key) {
        Optional<String> text = row.text(key);
        if (text.isPresent()) {
            java.util.regex.Matcher date = ISO_DATE.matcher(text.get());
            if (date.matches()) {
                return OptionalInt.of(Integer.parseInt(date.group(1)));
            }
        }
        return count(row, key);
    }

    public OptionalDouble decimal(TableRow row, String key) {
        Optional<String> cell = row.text(key);
        if (cell.isPresent() && plainDecimal(cell.get())) {
            return OptionalDouble.of(Double.parseDouble(cell.get()));
        }
        Optional<String> text = cell.map(CellReader::numeric);
        if (text.isEmpty()) {
            return OptionalDouble.empty();
        }
        if (!DECIMAL.matcher(text.get()).matches()) {
            problems.add(Problem.error(row.at(key), row.text(key).get(), "cell.not-number", "应为数字",
                    "只填写数字，例如 1234.5，不带单位"));
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(Double.parseDouble(text.get()));
    }

    /** A date written YYYY-MM-DD (full-width digits accepted). */
    public Optional<LocalDate> date(TableRow row, String key) {
        Optional<String> text = row.text(key).map(t -> Normalizer.normalize(t, Normalizer.Form.NFKC).strip());
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text.get()));
        } catch (DateTimeParseException e) {
            problems.add(Problem.error(row.at(key), row.text(key).get(), "cell.not-date", "日期格式不对",
                    "写成 YYYY-MM-DD，例如 2024-06-15"));
            return Optional.empty();
        }
    }

    public <E extends Enum<E>> Optional<E> choice(TableRow row, String key, Function<String, Optional<E>> parse,
                                                  E[] allowed, Function<E, String> label) {
        Optional<String> text = row.text(key);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Optional<E> value = parse.apply(text.get());
        if (value.isEmpty()) {
            String choices = String.join("、", Arrays.stream(allowed).map(label).toList());
            problems.add(Problem.error(row.at(key), text.get(), "cell.not-allowed", "不是允许的取值",
                    "应为以下之一：" + choices));
        }
        return value;
    }

    public boolean yesNo(TableRow row, String key) {
        Optional<String> text = row.text(key);
        if (text.isEmpty()) {
            return false;
        }
        return switch (text.get()) {
            case "是", "yes", "Yes", "true", "TRUE", "Y", "y" -> true;
            case "否", "no", "No", "false", "FALSE", "N", "n" -> false;
            default -> {
                problems.add(Problem.error(row.at(key), text.get(), "cell.not-yes-no", "应为“是”或“否”",
                        "填写“是”或“否”"));
                yield false;
            }
        };
    }

    public List<String> list(TableRow row, String key) {
        return row.text(key)
                .map(text -> Arrays.stream(LIST_SEPARATOR.split(text)).map(String::strip).filter(s -> !s.isEmpty())
                        .toList())
                .orElse(List.of());
    }

    /**
     * True for 1 to {@code most} ASCII digits with nothing else: the common cell, which {@link #numeric}
     * would leave as it is and the patterns would accept, read without them (a large site has millions).
     */
    private static boolean plainDigits(String text, int most) {
        return text.length() <= most && AsciiNumbers.digits(text, 0, text.length());
    }

    /** True for ASCII digits with at most one point, between digits ({@code 1234.5}): see {@link #plainDigits}. */
    private static boolean plainDecimal(String text) {
        return AsciiNumbers.decimal(text, 0);
    }

    /** Full-width digits folded to ASCII, thousands separators and spaces removed. */
    static String numeric(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
        return THOUSANDS.matcher(folded).replaceAll("").replace(" ", "");
    }
}
