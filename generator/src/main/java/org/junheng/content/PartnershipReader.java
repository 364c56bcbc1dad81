package org.junheng.content;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads {@code content/partnerships.yml}: a list of school partnerships, each with a lead school and members. */
final class PartnershipReader {

    private static final Set<String> FIELDS = Set.of("id", "name", "type", "lead", "members", "since", "until",
            "summary", "agreements", "reports");
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");

    List<Partnership> read(String file, String text, List<Problem> problems) {
        Optional<YamlTree> parsed = YamlTree.parse(file, text, 1, problems);
        if (parsed.isEmpty()) {
            return List.of();
        }
        YamlTree yaml = parsed.get();
        JsonNode root = yaml.root();
        if (!root.isArray()) {
            problems.add(Problem.error(yaml.at(""), "", "partnership.shape", "partnerships.yml 应是一个列表",
                    "每个共同体以“- id: …”开始"));
            return List.of();
        }
        List<Partnership> partnerships = new ArrayList<>();
        for (int i = 0; i < root.size(); i++) {
            read(yaml, "/" + i, problems).ifPresent(partnerships::add);
        }
        return partnerships;
    }

    private static Optional<Partnership> read(YamlTree yaml, String pointer, List<Problem> problems) {
        JsonNode node = yaml.root().at(pointer);
        int before = problems.size();
        if (!node.isObject()) {
            problems.add(Problem.error(yaml.at(pointer), "", "partnership.shape", "每一项应是“键: 值”形式",
                    "见 docs/content-format.md"));
            return Optional.empty();
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                problems.add(Problem.error(yaml.at(pointer + "/" + name), name, "partnership.unknown-field",
                        "未知的字段“" + name + "”", "可用字段：" + String.join(", ", FIELDS.stream().sorted().toList())));
            }
        }
        String id = required(yaml, node, pointer, "id", problems);
        if (!id.isEmpty() && !ID.matcher(id).matches()) {
            problems.add(Problem.error(yaml.at(pointer + "/id"), id, "partnership.id", "id 不能用作网址",
                    "只用小写英文字母、数字和连字符，例如 shiyan-yunfeng"));
        }
        String name = required(yaml, node, pointer, "name", problems);
        String typeText = required(yaml, node, pointer, "type", problems);
        Optional<PartnershipType> type = PartnershipType.fromChinese(typeText);
        if (!typeText.isEmpty() && type.isEmpty()) {
            problems.add(Problem.error(yaml.at(pointer + "/type"), typeText, "partnership.type", "不是已知的共同体类型",
                    "应为以下之一：结对共建、教育集团、学区、联盟"));
        }
        String lead = required(yaml, node, pointer, "lead", problems);
        List<String> members = list(yaml, node, pointer, "members", problems);
        if (members.isEmpty()) {
            problems.add(Problem.error(yaml.at(pointer), "", "partnership.members", "共同体至少要有一所成员学校",
                    "在 members 中列出成员学校的标识码"));
        }
        Optional<LocalDate> since = yaml.date(pointer + "/since", "partnership.date", problems);
        Optional<LocalDate> until = yaml.date(pointer + "/until", "partnership.date", problems);
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new Partnership(id, name, type.get(), lead, members, since, until,
                YamlTree.text(node, "summary").orElse(""), list(yaml, node, pointer, "agreements", problems),
                list(yaml, node, pointer, "reports", problems), yaml.at(pointer)));
    }

    private static String required(YamlTree yaml, JsonNode node, String pointer, String field, List<Problem> problems) {
        Optional<String> value = YamlTree.text(node, field);
        if (value.isEmpty()) {
            problems.add(Problem.error(yaml.at(pointer), "", "partnership.required", "缺少必填字段 " + field,
                    "加入 " + field + ": …"));
        }
        return value.orElse("");
    }

    private static List<String> list(YamlTree yaml, JsonNode node, String pointer, String field,
                                     List<Problem> problems) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (!value.isArray()) {
            problems.add(Problem.error(yaml.at(pointer + "/" + field), value.asText(), "partnership.list",
                    field + " 应是列表", "写成 [\"…\", \"…\"]"));
            return List.of();
        }
        List<String> values = new ArrayList<>();
        value.forEach(item -> values.add(item.asText().strip()));
        return values;
    }
}
