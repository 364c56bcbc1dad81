package org.junheng.content;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** The tables of a year's enrollment folder: timetable, zones, plans and admissions (aggregates). */
public final class EnrollmentTables {

    public static final List<Column> TIMETABLE = List.of(
            Column.required("start", "开始日期"),
            Column.optional("end", "结束日期"),
            Column.required("event", "事项"),
            Column.optional("stage", "学段"),
            Column.optional("detail", "说明"));

    public static final List<Column> ZONES = List.of(
            Column.required("code", "学校标识码"),
            Column.required("stage", "学段"),
            Column.required("town", "乡镇街道"),
            Column.required("area", "片区"),
            Column.optional("range", "门牌范围"),
            Column.optional("note", "备注"));

    public static final List<Column> PLANS = List.of(
            Column.required("code", "学校标识码"),
            Column.required("stage", "学段"),
            Column.optional("classes", "计划班数"),
            Column.required("places", "计划人数"));

    public static final List<Column> ADMISSIONS = List.of(
            Column.required("code", "学校标识码"),
            Column.required("stage", "学段"),
            Column.required("category", "类别"),
            Column.required("applicants", "报名人数"),
            Column.required("admitted", "录取人数"));

    private EnrollmentTables() {
    }

    static List<TimetableEvent> timetable(List<TableRow> rows, List<Problem> problems) {
        CellReader cells = new CellReader(problems);
        List<TimetableEvent> events = new ArrayList<>();
        for (TableRow row : rows) {
            int before = problems.size();
            Optional<LocalDate> start = cells.date(row, "start");
            if (row.text("start").isEmpty()) {
                cells.requiredText(row, "start");
            }
            Optional<LocalDate> end = cells.date(row, "end");
            String event = cells.requiredText(row, "event");
            Optional<Stage> stage = optionalStage(row, problems);
            if (start.isPresent() && end.isPresent() && end.get().isBefore(start.get())) {
                problems.add(Problem.error(row.at("end"), end.get().toString(), "timetable.end-before-start",
                        "结束日期早于开始日期", "检查两个日期，单日事项可不填结束日期"));
            }
            if (problems.size() == before) {
                events.add(new TimetableEvent(start.get(), end.orElse(start.get()), event, stage,
                        row.text("detail"), row.location()));
            }
        }
        return events;
    }

    static List<Zone> zones(List<TableRow> rows, List<Problem> problems) {
        CellReader cells = new CellReader(problems);
        List<Zone> zones = new ArrayList<>();
        for (TableRow row : rows) {
            int before = problems.size();
            String code = cells.requiredText(row, "code");
            List<Stage> stages = new ArrayList<>();
            for (String text : cells.list(row, "stage")) {
                Stages.compulsory(text).ifPresentOrElse(stages::add,
                        () -> problems.add(Stages.notAStage(row.at("stage"), text)));
            }
            if (row.text("stage").isEmpty()) {
                cells.requiredText(row, "stage");
            }
            String town = cells.requiredText(row, "town");
            String area = cells.requiredText(row, "area");
            if (problems.size() == before) {
                for (Stage stage : stages) {
                    zones.add(new Zone(code, stage, town, area, row.text("range"), row.text("note"), row.at("code")));
                }
            }
        }
        return zones;
    }

    static List<EnrollmentPlan> plans(List<TableRow> rows, List<Problem> problems) {
        CellReader cells = new CellReader(problems);
        List<EnrollmentPlan> plans = new ArrayList<>();
        for (TableRow row : rows) {
            int before = problems.size();
            String code = cells.requiredText(row, "code");
            Optional<Stage> stage = requiredStage(cells, row, problems);
            OptionalInt classes = nonNegative(cells, row, "classes", problems);
            OptionalInt places = nonNegative(cells, row, "places", problems);
            if (row.text("places").isEmpty()) {
                cells.requiredText(row, "places");
            }
            if (problems.size() == before) {
                plans.add(new EnrollmentPlan(code, stage.get(), classes, places.getAsInt(), row.at("code")));
            }
        }
        return plans;
    }

    static List<Admission> admissions(List<TableRow> rows, List<Problem> problems) {
        CellReader cells = new CellReader(problems);
        List<Admission> admissions = new ArrayList<>();
        for (TableRow row : rows) {
            int before = problems.size();
            String code = cells.requiredText(row, "code");
            Optional<Stage> stage = requiredStage(cells, row, problems);
            String category = cells.requiredText(row, "category");
            OptionalInt applicants = nonNegative(cells, row, "applicants", problems);
            OptionalInt admitted = nonNegative(cells, row, "admitted", problems);
            for (String key : List.of("applicants", "admitted")) {
                if (row.text(key).isEmpty()) {
                    cells.requiredText(row, key);
                }
            }
            if (problems.size() == before) {
                admissions.add(new Admission(code, stage.get(), category, applicants.getAsInt(), admitted.getAsInt(),
                        row.at("code")));
            }
        }
        return admissions;
    }

    private static Optional<Stage> requiredStage(CellReader cells, TableRow row, List<Problem> problems) {
        if (row.text("stage").isEmpty()) {
            cells.requiredText(row, "stage");
            return Optional.empty();
        }
        return optionalStage(row, problems);
    }

    private static Optional<Stage> optionalStage(TableRow row, List<Problem> problems) {
        Optional<String> text = row.text("stage");
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Optional<Stage> stage = Stages.compulsory(text.get());
        if (stage.isEmpty()) {
            problems.add(Stages.notAStage(row.at("stage"), text.get()));
        }
        return stage;
    }

    private static OptionalInt nonNegative(CellReader cells, TableRow row, String key, List<Problem> problems) {
        OptionalInt value = cells.count(row, key);
        if (value.isPresent() && value.getAsInt() < 0) {
            problems.add(Problem.error(row.at(key), row.text(key).orElse(""), "cell.negative", "人数不能为负数",
                    "填写 0 或正整数"));
            return OptionalInt.empty();
        }
        return value;
    }
}
