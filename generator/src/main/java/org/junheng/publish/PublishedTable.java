package org.junheng.publish;

import java.util.List;

/**
 * A table as written under {@code /data/}: paths relative to {@code /data/} of its canonical CSV,
 * Excel CSV (one file, or several parts when the table has more rows than an Excel sheet) and
 * JSON files, its row count, and the canonical file's size, digest and header line.
 */
record PublishedTable(TableSchema schema, String folder, String csv, List<ExcelPart> excel, String json, int rows,
                      long bytes, String sha256, String header) {

    PublishedTable {
        excel = List.copyOf(excel);
    }

    /**
     * One file of a table's Excel form: its path and the rows it holds, counted from 1 in the
     * canonical file's order (no rows if the table has none), and its place among the parts.
     */
    record ExcelPart(String path, int number, int parts, int firstRow, int lastRow) {

        boolean whole() {
            return parts == 1;
        }

        /** The same part at another path: the table's copy in another folder. */
        ExcelPart at(String otherPath) {
            return new ExcelPart(otherPath, number, parts, firstRow, lastRow);
        }
    }
}
