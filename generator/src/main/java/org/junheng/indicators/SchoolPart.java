package org.junheng.indicators;

import java.util.Optional;
import java.util.OptionalInt;

import org.junheng.content.School;
import org.junheng.content.SchoolStatistics;
import org.junheng.content.Stage;
import org.junheng.content.StageStatistics;

/**
 * One stage of one school, the unit the standard assesses: a 九年一贯制 school is two parts,
 * each counted as a separate school in its stage. Teacher figures come from the stage itself;
 * shared facilities are taken at {@code share} of the school's total, or are not assessable
 * for {@code shareProblem}.
 */
public record SchoolPart(School school, Stage stage, SchoolStatistics statistics, Optional<FacilityShare> share,
                         Optional<Text> shareProblem) {

    public SchoolPart {
        if (share.isPresent() == shareProblem.isPresent()) {
            throw new IllegalArgumentException("a part has either a facility share or the reason it has none");
        }
    }

    public Optional<StageStatistics> stageStatistics() {
        return statistics.stage(stage);
    }

    public OptionalInt students() {
        return stageStatistics().map(StageStatistics::students).orElse(OptionalInt.empty());
    }
}
