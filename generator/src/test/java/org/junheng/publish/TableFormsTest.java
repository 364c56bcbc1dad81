package org.junheng.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junheng.indicators.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A table's files written a piece at a time are the files written whole, in every form and for any
 * range of rows; a piece an earlier file holds is copied from it rather than formatted again, and
 * a verifying build stops if a copied piece differs from the rows it stands for.
 */
class TableFormsTest {

    private static final TableSchema SCHEMA = TableSchema.of("t", Text.of("表", "Table"), Text.of("", ""), List.of(
            DataField.of("county", FieldType.STRING, "区县", "County"),
            DataField.of("code", FieldType.STRING, "代码", "Code"),
            DataField.of("students", FieldType.INTEGER, "学生数", "Students").suppressed(),
            DataField.of("note", FieldType.STRING, "说明", "Note")));

    @TempDir
    Path temp;

    /** Each county's rows packed apart and joined, as a year's indicator tables are: a piece a county. */
    private static Table table(int counties, int changedRow) {
        List<PackedRows> byCounty = new ArrayList<>();
        int row = 0;
        for (int c = 0; c < counties; c++) {
            List<List<String>> rows = new ArrayList<>();
            for (int s = 0; s < 3 + c % 4; s++, row++) {
                String students = row == changedRow ? "999" : row % 5 == 0 ? "*" : String.valueOf(100 + row);
                rows.add(List.of("县" + c, "99" + row, students, row % 3 == 0 ? "含\"引号\",逗号" : "=1+" + row));
            }
            byCounty.add(PackedRows.of(rows));
        }
        return new Table(SCHEMA, PackedRows.join(byCounty));
    }

    private static String written(TableForms.Kind kind, Table table, int from, int to, TableForms.Earlier earlier,
                                  boolean verify) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TableForms.write(kind, table, from, to, table.pieces(), earlier, verify, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static String whole(TableForms.Kind kind, Table table, int from, int to) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (kind == TableForms.Kind.JSON) {
            JsonRows.write(new Table(SCHEMA, table.rows().subList(from, to)), out);
        } else {
            CsvFiles.write(SCHEMA.columns(), table.rows().subList(from, to), out, kind == TableForms.Kind.EXCEL);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aTableWrittenAPieceAtATimeIsTheTableWrittenWhole() throws IOException {
        Table table = table(6, -1);
        int rows = table.rows().size();
        assertThat(table.pieces()).hasSize(6);
        for (TableForms.Kind kind : TableForms.Kind.values()) {
            assertThat(written(kind, table, 0, rows, new TableForms.Earlier(), false)).as(kind.name())
                    .isEqualTo(whole(kind, table, 0, rows));
        }
        // an Excel part that starts and ends within a piece, one that holds no piece whole, and none at all
        assertThat(written(TableForms.Kind.EXCEL, table, 2, rows - 1, new TableForms.Earlier(), false))
                .isEqualTo(whole(TableForms.Kind.EXCEL, table, 2, rows - 1));
        assertThat(written(TableForms.Kind.EXCEL, table, 1, 2, new TableForms.Earlier(), false))
                .isEqualTo(whole(TableForms.Kind.EXCEL, table, 1, 2));
        Table empty = new Table(SCHEMA, List.of());
        assertThat(written(TableForms.Kind.JSON, empty, 0, 0, new TableForms.Earlier(), false)).isEqualTo("[]\n")
                .isEqualTo(whole(TableForms.Kind.JSON, empty, 0, 0));
    }

    @Test
    void thePiecesAnEarlierFileHoldsAreCopiedFromItAndTheRestFormatted() throws IOException {
        Table before = table(6, -1);
        Table after = table(6, 7); // a row of the third county changed
        int rows = after.rows().size();
        for (TableForms.Kind kind : TableForms.Kind.values()) {
            Path file = temp.resolve(kind.name());
            TableForms.FileLayout layout;
            try (var out = Files.newOutputStream(file)) {
                layout = TableForms.write(kind, before, 0, rows, before.pieces(), new TableForms.Earlier(), false, out);
            }
            assertThat(layout.size()).isEqualTo(Files.size(file));
            TableForms.Earlier earlier = new TableForms.Earlier();
            earlier.add(kind, file, layout);

            assertThat(written(kind, after, 0, rows, earlier, false)).as(kind.name())
                    .isEqualTo(whole(kind, after, 0, rows));

            // the same earlier file with the first county's piece doctored (same length): that piece is copied
            String text = Files.readString(file, StandardCharsets.UTF_8);
            Files.writeString(file, text.replace("县0", "县Z"), StandardCharsets.UTF_8);
            assertThat(Files.size(file)).isEqualTo(layout.size());
            assertThat(written(kind, after, 0, rows, earlier, false)).as(kind.name())
                    .contains("县Z").doesNotContain("县0").isNotEqualTo(whole(kind, after, 0, rows));
            assertThatThrownBy(() -> written(kind, after, 0, rows, earlier, true)).as(kind.name())
                    .hasMessageContaining("open-data table t").hasMessageContaining(file.toString());
        }
    }

    @Test
    void aPieceMovesBetweenExcelPartsAndIsFoundInAnyOfThem() throws IOException {
        Table before = table(5, -1);
        int rows = before.rows().size();
        int split = 7;
        TableForms.Earlier earlier = new TableForms.Earlier();
        for (int[] part : new int[][] {{0, split}, {split, rows}}) {
            Path file = temp.resolve("part" + part[0]);
            try (var out = Files.newOutputStream(file)) {
                earlier.add(TableForms.Kind.EXCEL, file, TableForms.write(TableForms.Kind.EXCEL, before, part[0], part[1],
                        before.pieces(), new TableForms.Earlier(), false, out));
            }
        }
        // the parts cut elsewhere now: whole pieces come from either file, the cut ones are formatted
        for (int[] part : new int[][] {{0, split + 3}, {split + 3, rows}}) {
            assertThat(written(TableForms.Kind.EXCEL, before, part[0], part[1], earlier, true))
                    .isEqualTo(whole(TableForms.Kind.EXCEL, before, part[0], part[1]));
        }
    }

    @Test
    void anEarlierFileOfAnotherSizeIsNotCopiedFrom() throws IOException {
        Table table = table(3, -1);
        int rows = table.rows().size();
        Path file = temp.resolve("csv");
        TableForms.FileLayout layout;
        try (var out = Files.newOutputStream(file)) {
            layout = TableForms.write(TableForms.Kind.CSV, table, 0, rows, table.pieces(), new TableForms.Earlier(),
                    false, out);
        }
        Files.writeString(file, "edited by hand\n");
        TableForms.Earlier earlier = new TableForms.Earlier();
        earlier.add(TableForms.Kind.CSV, file, layout);

        assertThat(layout.pieces()).hasSize(3);
        assertThat(written(TableForms.Kind.CSV, table, 0, rows, earlier, true))
                .isEqualTo(whole(TableForms.Kind.CSV, table, 0, rows));
    }
}
