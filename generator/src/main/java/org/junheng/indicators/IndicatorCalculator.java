package org.junheng.indicators;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

import org.junheng.content.Stage;

/**
 * Computes one indicator for one school part:
 * value = amount ÷ students × perStudents, met when value ≥ threshold (unrounded).
 */
final class IndicatorCalculator {

    private IndicatorCalculator() {
    }

    static IndicatorResult evaluate(SchoolPart part, IndicatorDefinition indicator) {
        Stage stage = part.stage();
        OptionalInt students = part.students();
        Optional<Text> studentsProblem = studentsProblem(part);
        if (studentsProblem.isPresent()) {
            return IndicatorResult.notAssessable(indicator, stage, students, studentsProblem.get());
        }
        Reading reading = indicator.numerator().read(part);
        if (reading.problem().isPresent()) {
            return IndicatorResult.notAssessable(indicator, stage, students, reading.problem().get());
        }
        if (indicator.numerator().shared() && part.shareProblem().isPresent()) {
            return IndicatorResult.notAssessable(indicator, stage, students, part.shareProblem().get());
        }

        BigDecimal amount = indicator.numerator().shared()
                ? part.share().get().of(reading.amount().get())
                : reading.amount().get();
        BigDecimal value = IndicatorResult.value(indicator, amount, students.getAsInt());

        Optional<Setting> threshold = indicator.threshold(stage);
        Outcome outcome = threshold.isEmpty() ? Outcome.NO_STANDARD
                : value.compareTo(threshold.get().value()) >= 0 ? Outcome.MET : Outcome.NOT_MET;
        return IndicatorResult.assessed(indicator, stage, outcome, amount, students.getAsInt());
    }

    private static Optional<Text> studentsProblem(SchoolPart part) {
        Stage stage = part.stage();
        OptionalInt students = part.students();
        if (students.isEmpty()) {
            return Optional.of(Text.of(stage.chinese() + "在校生数未填报", stage.english() + " students not reported"));
        }
        if (students.getAsInt() == 0) {
            return Optional.of(Text.of(stage.chinese() + "在校生数为 0，无法计算生均和每百名学生指标",
                    "no " + stage.english().toLowerCase(Locale.ROOT) + " students, so per-student values cannot be computed"));
        }
        if (students.getAsInt() < 0) {
            return Optional.of(Text.of(stage.chinese() + "在校生数为负数，数据有误",
                    stage.english() + " students negative: the data is wrong"));
        }
        return Optional.empty();
    }
}
