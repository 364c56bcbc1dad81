package org.junheng.check;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junheng.content.Problem;
import org.junheng.content.SourceText;

/**
 * A table with a 姓名 column in a document is a list of people. Lists of students may be
 * published only as declared result lists — names masked, with a notice period after which
 * they leave the site — so any such table in a Markdown body, or in an attached CSV file,
 * workbook or Word file, is stopped here.
 */
final class StudentListRule implements TextRule {

    private static final Pattern DELIMITER_ROW = Pattern.compile("^\\s*\\|?\\s*:?-+:?\\s*(\\|\\s*:?-+:?\\s*)*\\|?\\s*$");
    private static final Pattern HTML_HEADER_CELL = Pattern.compile("<th\\b[^>]*>([^<]*)", Pattern.CASE_INSENSITIVE);
    private static final String NAME = "姓名";
    private static final int COLUMN_NAME_LENGTH = 10;

    @Override
    public void check(List<SourceText> texts, List<Problem> problems) {
        for (SourceText text : texts) {
            if (text.kind() == SourceText.Kind.TABLE_CELL && isColumnName(text.text())) {
                report(text, text.text(), 0, problems);
            }
            if (text.kind() != SourceText.Kind.MARKDOWN) {
                continue;
            }
            String[] lines = text.text().split("\n", -1);
            int offset = 0;
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i];
                boolean tableHeader = line.contains("|") && i + 1 < lines.length
                        && DELIMITER_ROW.matcher(lines[i + 1]).matches() && lines[i + 1].contains("-");
                if (tableHeader) {
                    headerCells(text, line, offset, problems);
                }
                Matcher cell = HTML_HEADER_CELL.matcher(line);
                while (cell.find()) {
                    report(text, cell.group(1), offset + cell.start(1), problems);
                }
                offset += line.length() + 1;
            }
        }
    }

    private static void headerCells(SourceText text, String line, int offset, List<Problem> problems) {
        int start = 0;
        for (int bar = line.indexOf('|'); ; bar = line.indexOf('|', start)) {
            int end = bar < 0 ? line.length() : bar;
            report(text, line.substring(start, end), offset + start, problems);
            if (bar < 0) {
                return;
            }
            start = bar + 1;
        }
    }

    /**
     * Whether a cell of an attached table is short enough to name a column: the header of such a
     * table may stand below a title, so any row may hold it, and a sentence that mentions 姓名
     * ("报名时提供学生姓名") is not one.
     */
    private static boolean isColumnName(String cell) {
        String name = cell.strip();
        return name.codePointCount(0, name.length()) <= COLUMN_NAME_LENGTH;
    }

    private static void report(SourceText text, String cell, int at, List<Problem> problems) {
        String folded = FoldedText.of(cell, true).text().replace(" ", "");
        if (folded.contains(NAME)) {
            problems.add(Problem.error(text.at(at + Math.max(0, cell.indexOf(cell.strip()))), cell.strip(),
                    "privacy.student-list",
                    "表格有“姓名”列：学生名单只能作为声明的结果名单发布（姓名打码、注明公示期，期满下线）",
                    "删除这张名单；需要公示的录取或资助结果，改用声明的结果名单发布，姓名写成 张*明 或只写申请编号"));
        }
    }
}
