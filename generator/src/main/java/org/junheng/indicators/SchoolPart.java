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
 * shared facilities are taken at {@code share} of the school's total.
 */
public record SchoolPart(School school, Stage stage, SchoolStatistics statistics, FacilityShare share) {

    public Optional<StageStatistics> stageStatistics() {
        return statistics.stage(stage);
    }

    public OptionalInt students() {
        return stageStatistics().map(StageStatistics::students).orElse(OptionalInt.empty());
    }
}
