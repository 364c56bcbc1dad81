package org.junheng.indicators;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.junheng.content.Project;
import org.junheng.content.ProjectStatus;

/**
 * County totals of improvement projects: how many and how much money were planned, and how
 * many and how much are done, overall, by category and by indicator. A project that improves
 * several indicators counts under each, so the by-indicator rows overlap and are not added up.
 */
public final class ProjectTotals {

    private ProjectTotals() {
    }

    public static ProjectTotal overall(List<Project> projects) {
        return total("", projects);
    }

    public static List<ProjectTotal> byCategory(List<Project> projects, List<String> order) {
        Map<String, List<Project>> groups = group(projects, p -> List.of(p.category()));
        return order.stream().filter(groups::containsKey).map(key -> total(key, groups.get(key))).toList();
    }

    public static List<ProjectTotal> byIndicator(List<Project> projects) {
        Map<String, List<Project>> groups = group(projects, Project::indicators);
        return groups.entrySet().stream().sorted(Map.Entry.comparingByKey(ProjectTotals::indicatorOrder))
                .map(e -> total(e.getKey(), e.getValue())).toList();
    }

    private static Map<String, List<Project>> group(List<Project> projects, Function<Project, List<String>> keys) {
        Map<String, List<Project>> groups = new TreeMap<>();
        for (Project project : projects) {
            for (String key : keys.apply(project)) {
                groups.computeIfAbsent(key, k -> new java.util.ArrayList<>()).add(project);
            }
        }
        return groups;
    }

    private static ProjectTotal total(String key, List<Project> projects) {
        BigDecimal budget = BigDecimal.ZERO;
        BigDecimal doneBudget = BigDecimal.ZERO;
        int done = 0;
        for (Project project : projects) {
            BigDecimal money = BigDecimal.valueOf(project.budgetWan());
            budget = budget.add(money);
            if (project.status() == ProjectStatus.DONE) {
                done++;
                doneBudget = doneBudget.add(money);
            }
        }
        return new ProjectTotal(key, projects.size(), done, budget, doneBudget);
    }

    /** L1…L7 first, then G1…G15, numerically. */
    static int indicatorOrder(String a, String b) {
        int letters = Character.compare(b.charAt(0), a.charAt(0));
        if (letters != 0) {
            return letters;
        }
        return Integer.compare(Integer.parseInt(a.substring(1)), Integer.parseInt(b.substring(1)));
    }
}
