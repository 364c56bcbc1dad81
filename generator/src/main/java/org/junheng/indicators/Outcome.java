package org.junheng.indicators;

import java.util.Collection;
import java.util.List;

/** The status of anything judged against a standard: an indicator, a CV, an item, a part, the verdict. */
public enum Outcome {
    MET("达标", "met"),
    NOT_MET("未达标", "not met"),
    /** Inputs are present but missing pieces or impossible, so no judgement can be made. */
    NOT_ASSESSABLE("无法评估", "not assessable"),
    /** The county did not enter the item at all. */
    NOT_REPORTED("未填报", "not reported"),
    /** A value is computed but the standard set gives no threshold for it (e.g. the 2012 indicators per school). */
    NO_STANDARD("无标准值", "no standard value");

    private final String chinese;
    private final String english;

    Outcome(String chinese, String english) {
        this.chinese = chinese;
        this.english = english;
    }

    public String chinese() { return chinese; }

    public String english() { return english; }

    public boolean isUndecided() {
        return this == NOT_ASSESSABLE || this == NOT_REPORTED;
    }

    /** A failure decides; otherwise anything undecided keeps the whole from passing. */
    public static Outcome of(List<Text> failures, List<Text> undecided) {
        if (!failures.isEmpty()) {
            return NOT_MET;
        }
        return undecided.isEmpty() ? MET : NOT_ASSESSABLE;
    }

    /** Combines the outcomes of the parts of one thing: any failure fails it, any gap leaves it open. */
    public static Outcome all(Collection<Outcome> outcomes) {
        if (outcomes.contains(NOT_MET)) {
            return NOT_MET;
        }
        if (outcomes.stream().anyMatch(Outcome::isUndecided)) {
            return NOT_ASSESSABLE;
        }
        return MET;
    }
}
