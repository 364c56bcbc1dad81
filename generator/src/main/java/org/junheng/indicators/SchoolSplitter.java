package org.junheng.indicators;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import org.junheng.content.School;
import org.junheng.content.SchoolStatistics;
import org.junheng.content.Stage;
import org.junheng.content.StageStatistics;

/**
 * Splits a school into its compulsory stage parts (standards.md §1.1). Teacher counts stay
 * with their stage; shared facilities go to each part in proportion to its weighted students,
 * the 高中 of a 完全中学 or 十二年一贯制 taking its share too:
 * share(stage) = w(stage)·P(stage) ÷ Σ w·P over all the school's stages.
 */
final class SchoolSplitter {

    private SchoolSplitter() {
    }

    static List<SchoolPart> split(School school, SchoolStatistics statistics, Rules rules) {
        List<Stage> stages = List.copyOf(school.type().stages());
        List<SchoolPart> parts = new ArrayList<>();
        for (Stage stage : stages) {
            if (stage.isCompulsory()) {
                parts.add(stages.size() == 1
                        ? new SchoolPart(school, stage, statistics, Optional.of(FacilityShare.WHOLE), Optional.empty())
                        : withShare(school, statistics, stage, rules));
            }
        }
        return parts;
    }

    private static SchoolPart withShare(School school, SchoolStatistics statistics, Stage stage, Rules rules) {
        BigDecimal weighted = BigDecimal.ZERO;
        for (Stage each : school.type().stages()) {
            OptionalInt students = statistics.stage(each).map(StageStatistics::students).orElse(OptionalInt.empty());
            if (students.isEmpty()) {
                return new SchoolPart(school, stage, statistics, Optional.empty(), Optional.of(Text.of(
                        each.chinese() + "在校生数未填报，无法按学段分摊共用设施",
                        each.english() + " students not reported, so shared facilities cannot be split between stages")));
            }
            weighted = weighted.add(weightedStudents(school, each, students.getAsInt(), rules));
        }
        if (weighted.signum() == 0) {
            return new SchoolPart(school, stage, statistics, Optional.empty(), Optional.of(Text.of(
                    "全校在校生数为 0，无法分摊共用设施", "the school has no students, so shared facilities cannot be split")));
        }
        int own = statistics.stage(stage).orElseThrow().students().getAsInt();
        FacilityShare share = new FacilityShare(weightedStudents(school, stage, own, rules), weighted);
        return new SchoolPart(school, stage, statistics, Optional.of(share), Optional.empty());
    }

    private static BigDecimal weightedStudents(School school, Stage stage, int students, Rules rules) {
        return rules.stageWeight(school.type(), stage).multiply(BigDecimal.valueOf(students));
    }
}
