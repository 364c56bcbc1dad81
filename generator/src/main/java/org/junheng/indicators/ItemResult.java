package org.junheng.indicators;

import java.util.List;
import java.util.Optional;

import org.junheng.content.SourceLocation;

/**
 * One county item judged.
 *
 * @param requirement   the requirement written out, with this site's numbers
 * @param checks        for items entered by the county: each requirement against the entered value
 * @param failing       for items computed from school data: the schools that break the rule, and how
 * @param notAssessable for computed items: the schools whose data is missing
 * @param evidence      the document the county cites
 * @param problem       a one-line summary of why the item is not met or not decided
 * @param source        where the county entered it
 */
public record ItemResult(
        ItemDefinition item,
        Outcome outcome,
        Text requirement,
        List<CheckResult> checks,
        List<SchoolFinding> failing,
        List<SchoolFinding> notAssessable,
        Optional<String> evidence,
        Optional<Text> problem,
        Optional<SourceLocation> source) {

    public ItemResult {
        checks = List.copyOf(checks);
        failing = List.copyOf(failing);
        notAssessable = List.copyOf(notAssessable);
    }

    public String code() {
        return item.code();
    }

    /** E.g. G7 特殊教育学校生均公用经费不低于 6000 元. */
    public Text title() {
        return Text.of(item.code() + " " + item.name().zh(), item.code() + " " + item.name().en());
    }
}
