package org.junheng.publish;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junheng.content.Content;
import org.junheng.content.Correction;
import org.junheng.content.Problem;

/**
 * Checks that each declared correction names a table that is published, and a school of the
 * registry when it names one, so the change log never points at nothing. Run with the other
 * checks, so {@code junheng check} finds these mistakes before a build.
 */
public final class CorrectionRules {

    private CorrectionRules() {
    }

    public static List<Problem> check(Content content) {
        List<Problem> problems = new ArrayList<>();
        Set<String> tables = new TreeSet<>(DataCatalogue.tableNames());
        for (Correction correction : content.corrections()) {
            if (!tables.contains(correction.table())) {
                problems.add(Problem.error(correction.source().withField("table", 0), correction.table(),
                        "corrections.unknown-table", "更正记录中的数据表“" + correction.table() + "”不是公开发布的数据表",
                        "写 /data/ 中发布的表名之一：" + String.join("、", tables)));
            }
            correction.school().ifPresent(code -> {
                if (content.school(code).isEmpty()) {
                    problems.add(Problem.error(correction.source().withField("school", 0), code,
                            "corrections.unknown-school", "更正记录中的学校不在学校名录中", "改正学校标识码"));
                }
            });
            if (correction.year().isPresent() && !DataCatalogue.years(content).contains(correction.year().getAsInt())) {
                problems.add(Problem.warning(correction.source().withField("year", 0),
                        String.valueOf(correction.year().getAsInt()), "corrections.unknown-year",
                        "更正记录中的学年没有公开数据", "确认学年写的是学年开始的年份，例如 2023—2024 学年写 2023"));
            }
        }
        return problems;
    }
}
