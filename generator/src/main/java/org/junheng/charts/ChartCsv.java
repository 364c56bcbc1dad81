package org.junheng.charts;

import java.util.List;

/** A chart's table as canonical CSV: UTF-8, LF line endings, RFC 4180 quoting. */
public final class ChartCsv {

    private ChartCsv() {
    }

    public static String of(ChartTable table) {
        StringBuilder csv = new StringBuilder();
        line(csv, table.columns());
        table.rows().forEach(row -> line(csv, row));
        return csv.toString();
    }

    private static void line(StringBuilder csv, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            String cell = cells.get(i);
            if (cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r")) {
                csv.append('"').append(cell.replace("\"", "\"\"")).append('"');
            } else {
                csv.append(cell);
            }
        }
        csv.append('\n');
    }
}
