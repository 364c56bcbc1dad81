package org.junheng.content;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/** Reads improvement projects (改善项目) from {@code content/projects/*.csv}. */
public final class ProjectTable {

    public static final List<Column> COLUMNS = List.of(
            Column.required("id", "项目编号"),
            Column.optional("code", "学校标识码"),
            Column.required("title", "项目名称"),
            Column.required("category", "类别"),
            Column.optional("indicators", "改善指标"),
            Column.required("budget", "预算"),
            Column.optional("funding", "资金来源"),
            Column.optional("planned_start", "计划开始"),
            Column.required("planned_end", "计划完成"),
            Column.optional("actual_start", "实际开始"),
            Column.optional("actual_end", "实际完成"),
            Column.required("status", "状态"),
            Column.required("progress", "进度"),
            Column.optional("evidence", "佐证文件"));

    public static final List<String> CATEGORIES = List.of("校舍建设", "运动场地", "功能教室", "仪器设备", "信息化",
            "图书", "师资队伍", "安全设施", "生活设施", "校园文化", "其他");

    /** Resource indicators L1–L7 and the computed guarantee items (G3 专用教室, G4 规模, G5 班额…). */
    public static final Pattern INDICATOR = Pattern.compile("L[1-7]|G([1-9]|1[0-5])");

    private ProjectTable() {
    }

    public static List<Project> read(List<TableRow> rows, List<Problem> problems) {
        CellReader cells = new CellReader(problems);
        List<Project> projects = new ArrayList<>();
        for (TableRow row : rows) {
            int before = problems.size();
            String id = cells.requiredText(row, "id");
            String title = cells.requiredText(row, "title");
            String category = cells.requiredText(row, "category");
            if (!category.isEmpty() && !CATEGORIES.contains(category)) {
                problems.add(Problem.error(row.at("category"), category, "project.category", "不是已知的项目类别",
                        "应为以下之一：" + String.join("、", CATEGORIES)));
            }
            List<String> indicators = cells.list(row, "indicators").stream()
                    .map(code -> code.toUpperCase(java.util.Locale.ROOT)).toList();
            for (String code : indicators) {
                if (!INDICATOR.matcher(code).matches()) {
                    problems.add(Problem.error(row.at("indicators"), code, "project.indicator", "不是已知的指标编号",
                            "写资源配置指标 L1—L7，或政府保障项目 G1—G15，多个用“；”分隔"));
                }
            }
            OptionalDouble budget = cells.decimal(row, "budget");
            if (row.text("budget").isEmpty()) {
                cells.requiredText(row, "budget");
            } else if (budget.isPresent() && budget.getAsDouble() < 0) {
                problems.add(Problem.error(row.at("budget"), row.text("budget").get(), "project.budget",
                        "预算不能为负数", "填写以万元为单位的预算"));
            }
            Optional<LocalDate> plannedStart = cells.date(row, "planned_start");
            Optional<LocalDate> plannedEnd = cells.date(row, "planned_end");
            if (row.text("planned_end").isEmpty()) {
                cells.requiredText(row, "planned_end");
            }
            Optional<LocalDate> actualStart = cells.date(row, "actual_start");
            Optional<LocalDate> actualEnd = cells.date(row, "actual_end");
            Optional<ProjectStatus> status = cells.choice(row, "status", ProjectStatus::fromChinese,
                    ProjectStatus.values(), ProjectStatus::chinese);
            if (row.text("status").isEmpty()) {
                cells.requiredText(row, "status");
            }
            OptionalInt progress = cells.count(row, "progress");
            if (row.text("progress").isEmpty()) {
                cells.requiredText(row, "progress");
            } else if (progress.isPresent() && (progress.getAsInt() < 0 || progress.getAsInt() > 100)) {
                problems.add(Problem.error(row.at("progress"), row.text("progress").get(), "project.progress",
                        "进度应在 0 到 100 之间", "填写完成百分比，不带 % 号"));
            }
            order(row, "planned_start", plannedStart, "planned_end", plannedEnd, problems);
            order(row, "actual_start", actualStart, "actual_end", actualEnd, problems);
            if (problems.size() > before) {
                continue;
            }
            consistent(row, status.get(), progress.getAsInt(), actualEnd, problems);
            if (problems.size() > before) {
                continue;
            }
            projects.add(new Project(id, row.text("code"), title, category, indicators, budget.getAsDouble(),
                    row.text("funding").orElse(""), plannedStart, plannedEnd.get(), actualStart, actualEnd,
                    status.get(), progress.getAsInt(), cells.list(row, "evidence"), row.at("id")));
        }
        return projects;
    }

    private static void order(TableRow row, String startKey, Optional<LocalDate> start, String endKey,
                              Optional<LocalDate> end, List<Problem> problems) {
        if (start.isPresent() && end.isPresent() && end.get().isBefore(start.get())) {
            problems.add(Problem.error(row.at(endKey), end.get().toString(), "project.dates",
                    "完成日期早于开始日期", "检查“" + row.headers().getOrDefault(startKey, startKey) + "”和这一格"));
        }
    }

    /** A finished project has its completion date and 100 %; an unfinished one has neither. */
    private static void consistent(TableRow row, ProjectStatus status, int progress, Optional<LocalDate> actualEnd,
                                   List<Problem> problems) {
        if (status == ProjectStatus.DONE) {
            if (actualEnd.isEmpty()) {
                problems.add(Problem.error(row.at("actual_end"), "", "project.done-without-date",
                        "状态为“已完成”，但没有实际完成日期", "填写实际完成日期"));
            }
            if (progress != 100) {
                problems.add(Problem.error(row.at("progress"), String.valueOf(progress), "project.done-progress",
                        "状态为“已完成”，进度应为 100", "把进度改为 100，或改正状态"));
            }
        } else if (actualEnd.isPresent()) {
            problems.add(Problem.error(row.at("status"), status.chinese(), "project.finished-status",
                    "已填写实际完成日期，状态却不是“已完成”", "把状态改为“已完成”，或删除实际完成日期"));
        }
    }
}
