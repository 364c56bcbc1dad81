package org.junheng.publish;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
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
        TableSchema schema = table.schema();
        int[] counts = IntStream.range(0, schema.fields().size())
                .filter(c -> schema.fields().get(c).childCount() == ChildCount.SUPPRESSED).toArray();
        if (counts.length == 0) {
            // most tables count no children by attribute: their rows, packed, need not be unpacked
            return List.of();
        }
        List<Problem> problems = new ArrayList<>();
        for (int r = 0; r < table.rows().size(); r++) {
            List<String> row = table.rows().get(r);
            for (int c : counts) {
                DataField field = schema.fields().get(c);
                String cell = row.get(c);
                if (isSmall(cell)) {
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
