package org.junheng.content;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Everything about one year's enrollment, from {@code content/enrollment/{year}/}. */
public record EnrollmentYear(int year, Optional<EnrollmentPolicy> policy, List<TimetableEvent> timetable,
                             List<Zone> zones, List<EnrollmentPlan> plans, List<Admission> admissions,
                             List<ResultList> resultLists) {

    public EnrollmentYear {
        timetable = timetable.stream().sorted(Comparator.comparing(TimetableEvent::start)
                .thenComparing(TimetableEvent::end)).toList();
        zones = List.copyOf(zones);
        plans = List.copyOf(plans);
        admissions = List.copyOf(admissions);
        resultLists = resultLists.stream().sorted(Comparator.comparing(ResultList::slug)).toList();
    }

    public List<Zone> zonesOf(String schoolCode) {
        return zones.stream().filter(z -> z.schoolCode().equals(schoolCode)).toList();
    }
}
