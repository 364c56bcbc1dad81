package org.junheng.check;

import java.util.List;
import java.util.Locale;
import org.junheng.content.Problem;
import org.junheng.content.SourceText;

/**
 * Invisible characters — zero-width spaces and joiners, bidirectional overrides and
 * isolates, soft hyphens, blank fillers — make a name look like another, hide text, or
 * reorder what a reader sees. In names, titles, codes and file names they are errors; in
 * running text, warnings.
 */
final class InvisibleCharacterRules implements TextRule {

    private static final int CONTEXT = 8;

    @Override
    public void check(List<SourceText> texts, List<Problem> problems) {
        for (SourceText text : texts) {
            String value = text.text();
            for (int i = 0; i < value.length(); ) {
                int codePoint = value.codePointAt(i);
                if (FoldedText.isInvisible(codePoint) && !(i == 0 && codePoint == 0xFEFF)) {
                    report(text, i, problems);
                    break; // one finding per value is enough to send someone looking
                }
                i += Character.charCount(codePoint);
            }
        }
    }

    private static void report(SourceText text, int index, List<Problem> problems) {
        String shown = excerpt(text.text(), index);
        if (text.kind() == SourceText.Kind.NAME) {
            problems.add(Problem.error(text.at(index), shown, "text.invisible-in-name",
                    "名称、标题、代码或文件名中有不可见字符，会让它看起来像另一个名称",
                    "删除不可见字符（可在编辑器中显示不可见字符后删除，或重新输入这个名称）"));
        } else {
            problems.add(Problem.warning(text.at(index), shown, "text.invisible-character",
                    "文本中有不可见字符（零宽字符、方向控制符等）",
                    "删除不可见字符；它们常随复制粘贴带入"));
        }
    }

    /** A few characters either side, with every invisible character written out as ⟨U+XXXX⟩. */
    static String excerpt(String text, int index) {
        int from = index;
        for (int n = 0; n < CONTEXT && from > 0; n++) {
            from = text.offsetByCodePoints(from, -1);
        }
        int to = index;
        for (int n = 0; n <= CONTEXT && to < text.length(); n++) {
            to = text.offsetByCodePoints(to, 1);
        }
        StringBuilder shown = new StringBuilder(from > 0 ? "…" : "");
        text.substring(from, to).codePoints().forEach(c -> {
            if (FoldedText.isInvisible(c)) {
                shown.append(String.format(Locale.ROOT, "⟨U+%04X⟩", c));
            } else if (c == '\n') {
                shown.append(' ');
            } else {
                shown.appendCodePoint(c);
            }
        });
        return shown.append(to < text.length() ? "…" : "").toString();
    }
}
