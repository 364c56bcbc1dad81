package org.junheng.content;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Reads {@code content/corrections.yml}: a list of corrections, each with {@code date},
 * {@code table}, {@code what} and {@code why}, and optionally {@code year} and {@code school}.
 * Whether the table and school exist is checked later, against what is published.
 */
public final class CorrectionsReader {

    public static final String FILE = "content/corrections.yml";
    private static final Set<String> KEYS = Set.of("date", "table", "year", "school", "what", "why");

    public List<Correction> read(String file, String text, List<Problem> problems) {
        Optional<YamlTree> parsed = YamlTree.parse(file, text, 1, problems);
        if (parsed.isEmpty() || parsed.get().root().isMissingNode() || parsed.get().root().isNull()) {
            return List.of();
        }
        YamlTree yaml = parsed.get();
        if (!yaml.root().isArray()) {
            problems.add(Problem.error(yaml.at(""), "", "corrections.shape", "更正记录应是一个列表，每条以“- ”开头",
                    "写成 - { date: 2024-11-05, table: statistics, what: …, why: … }，格式见 docs/content-format.md"));
            return List.of();
        }
        List<Correction> corrections = new ArrayList<>();
        for (int i = 0; i < yaml.root().size(); i++) {
            entry(yaml, "/" + i, problems).ifPresent(corrections::add);
        }
        return corrections;
    }

    private static Optional<Correction> entry(YamlTree yaml, String pointer, List<Problem> problems) {
        JsonNode node = yaml.root().at(pointer);
        if (!node.isObject()) {
            problems.add(Problem.error(yaml.at(pointer), node.asText(""), "corrections.shape", "每条更正应有 date、table、what、why",
                    "写成 { date: 2024-11-05, table: statistics, what: …, why: … }"));
            return Optional.empty();
        }
        int before = problems.size();
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!KEYS.contains(name)) {
                problems.add(Problem.error(yaml.at(pointer + "/" + name), name, "corrections.unknown-field",
                        "未知的字段“" + name + "”", "可用字段：date, table, year, school, what, why"));
            }
        }
        Optional<LocalDate> date = date(yaml, pointer + "/date", problems);
        String table = required(yaml, pointer + "/table", "更正的数据表 table", "例如 table: statistics（表名见 /data/ 数据字典）",
                problems);
        String what = required(yaml, pointer + "/what", "更正内容 what", "写明改了什么：哪所学校、哪一项、由多少改为多少", problems);
        String why = required(yaml, pointer + "/why", "更正原因 why", "写明为什么改：原数据错在哪里、依据是什么", problems);
        OptionalInt year = OptionalInt.empty();
        JsonNode yearNode = node.path("year");
        if (!yearNode.isMissingNode() && !yearNode.isNull()) {
            if (yearNode.isIntegralNumber() && yearNode.canConvertToInt()) {
                year = OptionalInt.of(yearNode.asInt());
            } else {
                problems.add(Problem.error(yaml.at(pointer + "/year"), yearNode.asText(), "corrections.year",
                        "学年 year 应为整数年份", "写学年开始的年份，例如 year: 2023"));
            }
        }
        Optional<String> school = Optional.of(node.path("school").asText("").strip()).filter(s -> !s.isEmpty());
        if (problems.size() > before || date.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Correction(date.get(), table, year, school, what, why, yaml.at(pointer)));
    }

    private static Optional<LocalDate> date(YamlTree yaml, String pointer, List<Problem> problems) {
        JsonNode node = yaml.root().at(pointer);
        String text = node.asText("").strip();
        if (text.isEmpty()) {
            problems.add(Problem.error(yaml.at(pointer), "", "corrections.required", "缺少更正日期 date",
                    "写更正发布的日期，例如 date: 2024-11-05"));
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            problems.add(Problem.error(yaml.at(pointer), text, "corrections.date", "日期应写成 年-月-日",
                    "例如 date: 2024-11-05"));
            return Optional.empty();
        }
    }

    private static String required(YamlTree yaml, String pointer, String what, String fix, List<Problem> problems) {
        String text = yaml.root().at(pointer).asText("").strip();
        if (text.isEmpty()) {
            problems.add(Problem.error(yaml.at(pointer), "", "corrections.required", "缺少" + what, fix));
        }
        return text;
    }
}
