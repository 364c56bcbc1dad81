package org.junheng.indicators;

/**
 * One requirement of a county item, on one named input of the county's YAML
 * (e.g. {@code value ≥ 10} of G11). The standard-set YAML lists them per item.
 */
public sealed interface Check permits NumberCheck, FlagCheck, ChoiceCheck, EachCheck {

    /** The input's name in the county YAML, e.g. {@code value}, {@code junior}, {@code met}. */
    String input();

    /** What the input means, e.g. 交流轮岗教师比例. */
    Text label();

    /** The requirement written out, e.g. 交流轮岗教师比例 ≥ 10%. */
    Text requirement();

    /** Checks the raw input value ({@code null} if the county left it out). */
    CheckResult evaluate(Object value);
}
