package org.junheng.publish;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junheng.indicators.Text;

/**
 * One column of a published table, as the data dictionary and {@code datapackage.json} describe
 * it: name, type, title and meaning in Chinese and English, unit, constraints, and — for counts
 * of children — whether small values are suppressed. Declared fluently:
 *
 * <pre>
 *   DataField.of("students", FieldType.INTEGER, "在校生数", "Students").unit("人", "students").schoolSize()
 * </pre>
 */
public record DataField(
        String name,
        FieldType type,
        Text title,
        Text description,
        Optional<Text> unit,
        boolean mandatory,
        List<String> allowed,
        Optional<String> pattern,
        Optional<BigDecimal> minimum,
        ChildCount childCount) {

    public DataField {
        allowed = List.copyOf(allowed);
        if (!name.matches("[a-z][a-z0-9_]*")) {
            throw new IllegalArgumentException("field name " + name + " is not lower_snake_case");
        }
    }

    public static DataField of(String name, FieldType type, String titleZh, String titleEn) {
        return new DataField(name, type, Text.of(titleZh, titleEn), Text.of("", ""), Optional.empty(), false,
                List.of(), Optional.empty(), Optional.empty(), ChildCount.NONE);
    }

    public DataField described(String zh, String en) {
        return new DataField(name, type, title, Text.of(zh, en), unit, mandatory, allowed, pattern, minimum, childCount);
    }

    public DataField unit(String zh, String en) {
        return new DataField(name, type, title, description, Optional.of(Text.of(zh, en)), mandatory, allowed, pattern,
                minimum, childCount);
    }

    /** Every row has a value (the accessor is {@link #mandatory()}). */
    public DataField required() {
        return new DataField(name, type, title, description, unit, true, allowed, pattern, minimum, childCount);
    }

    /** The same field without the required constraint, where some rows have no value. */
    public DataField optional() {
        return new DataField(name, type, title, description, unit, false, allowed, pattern, minimum, childCount);
    }

    public DataField oneOf(List<String> values) {
        return new DataField(name, type, title, description, unit, mandatory, values, pattern, minimum, childCount);
    }

    /** A regular expression every value matches whole (XML Schema syntax, as Table Schema asks). */
    public DataField pattern(String regex) {
        return new DataField(name, type, title, description, unit, mandatory, allowed, Optional.of(regex), minimum,
                childCount);
    }

    public DataField atLeast(long value) {
        return new DataField(name, type, title, description, unit, mandatory, allowed, pattern,
                Optional.of(BigDecimal.valueOf(value)), childCount);
    }

    /** A school's or stage's enrollment: see {@link ChildCount#SCHOOL_SIZE}. */
    public DataField schoolSize() {
        return new DataField(name, type, title, description, unit, mandatory, allowed, pattern, minimum,
                ChildCount.SCHOOL_SIZE);
    }

    /** Children sharing an attribute: see {@link ChildCount#SUPPRESSED}. */
    public DataField suppressed() {
        return new DataField(name, type, title, description, unit, mandatory, allowed, pattern, minimum,
                ChildCount.SUPPRESSED);
    }

    /** The same column under another title, e.g. a stage's own students. */
    public DataField renamed(String newName, String titleZh, String titleEn) {
        return new DataField(newName, type, Text.of(titleZh, titleEn), description, unit, mandatory, allowed, pattern,
                minimum, childCount);
    }
}
