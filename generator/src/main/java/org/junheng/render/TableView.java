package org.junheng.render;

import java.util.List;

/** A data table ready to print: a caption, column headers and rows whose first cell is the row header. */
public record TableView(String caption, List<String> columns, List<List<String>> rows) {

    public TableView {
        columns = List.copyOf(columns);
        rows = rows.stream().map(List::copyOf).toList();
    }
}
