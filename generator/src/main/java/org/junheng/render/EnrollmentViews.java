package org.junheng.render;

import java.util.List;

/** View records of the enrollment pages. Templates only print them. */
public final class EnrollmentViews {

    private EnrollmentViews() {
    }

    /** A link in a set of alternatives (a year switcher); {@code current} marks the one shown. */
    public record Choice(String label, String url, boolean current) {
    }

    /** One timetable step: a readable date span, machine-readable dates, the event and its stage. */
    public record TimelineItem(String when, String start, String end, String event, String stage, String detail) {
    }

    /** A consultation or complaint line: {@code tel} is the dialable {@code tel:} address. */
    public record ChannelView(String purpose, String name, String phone, String tel, String hours) {
    }

    /** A year's enrollment page. */
    public record YearView(int year, String title, String policyDate, String policyHtml, String languageNote,
                           List<TimelineItem> timeline,
                           String calendarUrl, List<String> materials, List<ChannelView> channels,
                           List<DocumentCard> documents, List<Link> resultLists, String zonesUrl, String plansUrl) {
        public YearView {
            timeline = List.copyOf(timeline);
            materials = List.copyOf(materials);
            channels = List.copyOf(channels);
            documents = List.copyOf(documents);
            resultLists = List.copyOf(resultLists);
        }
    }

    /** An area of the full zone list: its anchor id, its name (with any house-number range), label and note. */
    public record AreaItem(String id, String name, String label, String note) {
    }

    /** A school and the areas it admits from, for one stage in one town. */
    public record SchoolAreas(Link school, List<AreaItem> areas) {
        public SchoolAreas {
            areas = List.copyOf(areas);
        }
    }

    /** The schools of one stage in one town, each with its areas. */
    public record StageZones(String stage, List<SchoolAreas> schools) {
        public StageZones {
            schools = List.copyOf(schools);
        }
    }

    /** The zones of one town, stage by stage. */
    public record TownZones(String name, String title, String anchor, List<StageZones> stages) {
        public TownZones {
            stages = List.copyOf(stages);
        }

        /** Every area the town lists, stage by stage and school by school. */
        public List<AreaItem> areas() {
            return stages.stream().flatMap(stage -> stage.schools().stream())
                    .flatMap(school -> school.areas().stream()).toList();
        }
    }

    /** A change of an area between two years: the schools before and after. */
    public record ZoneChangeView(String kind, String stage, String town, String area, List<Link> before,
                                 List<Link> after) {
        public ZoneChangeView {
            before = List.copyOf(before);
            after = List.copyOf(after);
        }
    }

    /** A change seen from one school: the area, what happened to it, and the other schools involved. */
    public record SchoolZoneChange(String area, String stage, String change, List<Link> others) {
        public SchoolZoneChange {
            others = List.copyOf(others);
        }
    }

    /** The areas one school admits from for a stage. */
    public record StageAreas(String stage, List<String> areas) {
        public StageAreas {
            areas = List.copyOf(areas);
        }
    }

    /** The enrollment section of a school's profile. */
    public record SchoolEnrollment(String yearLabel, String yearUrl, String zonesUrl, List<StageAreas> zones,
                                   String previousYearLabel, List<SchoolZoneChange> changes, TableView plan,
                                   TableView admitted, String suppressionNote) {
        public SchoolEnrollment {
            zones = List.copyOf(zones);
            changes = List.copyOf(changes);
        }
    }

    /** Per stage: the plan table and the suppressed applicant and admission tables. */
    public record StageTables(String stage, String anchor, TableView plans, TableView applicants,
                              TableView admitted) {
    }
}
