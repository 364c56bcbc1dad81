package org.junheng.indicators;

import java.util.List;
import java.util.Optional;

import org.junheng.content.School;
import org.junheng.content.Stage;

/**
 * Part 1, 资源配置, for one county and year under one standard set: every school part's
 * indicators and per-school verdict, the schools left out, the CV table and (2012) the
 * composite CVs, and the part's outcome with every reason it fails or cannot be decided.
 *
 * @param withoutStatistics registered schools of the county with no statistics row this year
 */
public record ResourceAllocation(
        int year,
        String standardSetId,
        List<SchoolPartResult> parts,
        List<ExcludedSchool> excluded,
        List<School> withoutStatistics,
        List<CvResult> cvs,
        List<CompositeCvResult> composites,
        Outcome outcome,
        List<Text> failures,
        List<Text> undecided) {

    public ResourceAllocation {
        parts = List.copyOf(parts);
        excluded = List.copyOf(excluded);
        withoutStatistics = List.copyOf(withoutStatistics);
        cvs = List.copyOf(cvs);
        composites = List.copyOf(composites);
        failures = ComposedTexts.immutable(failures);
        undecided = ComposedTexts.immutable(undecided);
    }

    public List<SchoolPartResult> parts(Stage stage) {
        return parts.stream().filter(p -> p.stage() == stage).toList();
    }

    /** The parts of one school: one, or two for a 九年一贯制 school. */
    public List<SchoolPartResult> partsOf(String schoolCode) {
        return parts.stream().filter(p -> p.school().code().equals(schoolCode)).toList();
    }

    public Optional<CvResult> cv(String indicatorCode, Stage stage) {
        return cvs.stream().filter(c -> c.code().equals(indicatorCode) && c.stage() == stage).findFirst();
    }

    public Optional<CompositeCvResult> composite(Stage stage) {
        return composites.stream().filter(c -> c.stage() == stage).findFirst();
    }

    public Optional<ExcludedSchool> exclusion(String schoolCode) {
        return excluded.stream().filter(e -> e.school().code().equals(schoolCode)).findFirst();
    }
}
