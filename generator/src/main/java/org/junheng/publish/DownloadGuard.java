package org.junheng.publish;

import java.util.ArrayList;
import java.util.List;
import org.junheng.content.Problem;
import org.junheng.content.SourceLocation;

/**
 * The last look at every cell before it is published: no count of children that share an
 * attribute between 1 and the suppression threshold. (Personal data is stopped earlier: every
 * text a table is made from passes the privacy checks of the content, with the site's
 * allowlist.) Each finding names the file, row and column it would have appeared in.
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
                if (field.childCount() == ChildCount.SUPPRESSED && isSmall(cell)) {
                    SourceLocation at = new SourceLocation(DataFiles.FOLDER + "/" + path, r + 2, c + 1, field.name());
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
