package org.junheng.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The cells a table hands the privacy checks: every non-empty one, in row and column order, where it stands. */
class SourceTextsTest {

    private static final CellPlaces PLACES = new CellPlaces(Map.of("code", 1, "name", 2, "note", 3),
            Map.of("code", "学校标识码", "name", "学校名称", "note", "备注"));

    @Test
    void cellsComeInColumnOrderWhateverTheRowsMapOrder() {
        Map<String, String> first = new LinkedHashMap<>();
        first.put("note", "一年级");
        first.put("code", "9901010001");
        first.put("name", "青岚小学");
        Map<String, String> second = new HashMap<>();
        second.put("name", "东山小学");
        second.put("note", " ");
        second.put("code", "9901010002");
        List<TableRow> rows = List.of(new TableRow("content/schools.csv", 2, first, PLACES, ""),
                new TableRow("content/schools.csv", 3, second, PLACES, ""));

        List<SourceText> texts = SourceTexts.cells(rows, Set.of("code", "name"));

        assertThat(texts).extracting(SourceText::text)
                .containsExactly("9901010001", "青岚小学", "一年级", "9901010002", "东山小学");
        assertThat(texts).extracting(text -> text.location().line() + ":" + text.location().column() + " "
                + text.location().field() + " " + text.kind())
                .containsExactly("2:1 学校标识码 NAME", "2:2 学校名称 NAME", "2:3 备注 TEXT",
                        "3:1 学校标识码 NAME", "3:2 学校名称 NAME");
    }

    @Test
    void aCellOfAColumnThePlacesDoNotKnowComesFirstAsBefore() {
        Map<String, String> cells = new LinkedHashMap<>();
        cells.put("name", "青岚小学");
        cells.put("extra", "另记");
        TableRow row = new TableRow("content/schools.csv", 4, cells, PLACES, "");

        List<SourceText> texts = SourceTexts.cells(List.of(row), Set.of("name"));

        assertThat(texts).extracting(text -> text.text() + "@" + text.location().column())
                .containsExactly("另记@0", "青岚小学@2");
    }
}
