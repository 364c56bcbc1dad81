package org.junheng.publish;

import java.util.ArrayList;
import java.util.List;
import org.junheng.content.PersonalData;
import org.junheng.content.Problem;
import org.junheng.content.SourceLocation;

/**
 * The last look at every cell before it is published: no ID number or mobile number (whatever
 * column it hides in), and no count of children that share an attribute between 1 and the
 * suppression threshold. Each finding names the file, row and column it would have appeared in.
 */
final class DownloadGuard {

    private final int threshold;

    DownloadGuard(int threshold) {
        this.threshold = threshold;
    }

    List<Problem> check(String path, Table table) {
        List<Problem> problems = new ArrayList<>();
        TableSchema schema = table.schema();
        for (int r = 0; r < table.rows().size(); r++) {
            List<String> row = table.rows().get(r);
            for (int c = 0; c < row.size(); c++) {
                DataField field = schema.fields().get(c);
                String cell = row.get(c);
                SourceLocation at = new SourceLocation(DataFiles.FOLDER + "/" + path, r + 2, c + 1, field.name());
                for (PersonalData.Finding finding : PersonalData.find(cell)) {
                    problems.add(Problem.error(at, finding.masked(), "data.personal-data",
                            "开放数据“" + schema.title().zh() + "”的“" + field.title().zh() + "”中有疑似"
                                    + finding.kind().chinese() + "，不能公开",
                            "在 content/ 中找到这一值并删除；学校办公电话请填座机号码"));
                }
                if (field.childCount() == ChildCount.SUPPRESSED && isSmall(cell)) {
                    problems.add(Problem.error(at, cell, "data.small-cell",
                            "开放数据“" + schema.title().zh() + "”的“" + field.title().zh() + "”是少于 " + threshold
                                    + " 人的儿童计数，未做隐藏处理",
                            "这是生成器的缺陷：该表应先做小数抑制再发布，请报告给均衡的维护者"));
                }
            }
        }
        return problems;
    }

    private boolean isSmall(String cell) {
        if (!FieldType.INTEGER.isCanonical(cell)) {
            return false;
        }
        long value = Long.parseLong(cell);
        return value > 0 && value < threshold;
    }
}
