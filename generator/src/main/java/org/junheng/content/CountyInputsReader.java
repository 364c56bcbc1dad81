package org.junheng.content;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** Reads one county-inputs YAML file: {@code county}, {@code year} and the item sections. */
public final class CountyInputsReader {

    private static final ObjectMapper PLAIN = new ObjectMapper();
    private static final Map<String, Pattern> SECTIONS = Map.of(
            "guarantee", Pattern.compile("G\\d{1,2}"),
            "quality", Pattern.compile("Q\\d{1,2}"),
            "veto", Pattern.compile("V\\d{1,2}"));
    /** Social recognition is a single item; it is filed under this code. */
    public static final String SOCIAL_RECOGNITION = "S1";

    public Optional<CountyInputs> read(String file, String text, List<Problem> problems) {
        return read(file, text, problems, new java.util.ArrayList<>());
    }

    /** Reads the file and adds to {@code texts} every value in it, evidence included. */
    public Optional<CountyInputs> read(String file, String text, List<Problem> problems, List<SourceText> texts) {
        Optional<YamlTree> parsed = YamlTree.parse(file, text, 1, problems);
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        YamlTree yaml = parsed.get();
        texts.addAll(yaml.texts(field -> field.equals("county") || field.equals("year")));
        JsonNode root = yaml.root();
        int before = problems.size();
        String county = root.path("county").asText("").strip();
        if (county.isEmpty()) {
            problems.add(Problem.error(yaml.at("/county"), "", "county.required", "缺少县区代码 county",
                    "加入 county: \"990101\"（加引号）"));
        }
        JsonNode yearNode = root.path("year");
        if (!yearNode.canConvertToInt() || !yearNode.isIntegralNumber()) {
            problems.add(Problem.error(yaml.at("/year"), yearNode.asText(""), "county.year", "学年 year 应为整数年份",
                    "写学年开始的年份，例如 year: 2024"));
        }
        Map<String, AssessmentInput> items = new LinkedHashMap<>();
        for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            switch (name) {
                case "county", "year" -> { }
                case "social_recognition" -> item(yaml, "/social_recognition", SOCIAL_RECOGNITION, problems)
                        .ifPresent(item -> items.put(item.code(), item));
                default -> section(yaml, name, items, problems);
            }
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new CountyInputs(county, yearNode.asInt(), items, SourceLocation.file(file)));
    }

    private static void section(YamlTree yaml, String name, Map<String, AssessmentInput> items,
                                List<Problem> problems) {
        Pattern codes = SECTIONS.get(name);
        if (codes == null) {
            problems.add(Problem.error(yaml.at("/" + name), name, "county.unknown-field", "未知的字段“" + name + "”",
                    "可用字段：county, year, guarantee, quality, social_recognition, veto"));
            return;
        }
        JsonNode section = yaml.root().get(name);
        if (!section.isObject()) {
            problems.add(Problem.error(yaml.at("/" + name), "", "county.section", name + " 下应是各项目",
                    "见 docs/content-format.md"));
            return;
        }
        for (Iterator<String> keys = section.fieldNames(); keys.hasNext(); ) {
            String code = keys.next();
            if (!codes.matcher(code).matches()) {
                problems.add(Problem.error(yaml.at("/" + name + "/" + code), code, "county.unknown-item",
                        "“" + code + "”不是 " + name + " 中的项目编号", "见 docs/content-format.md 中的项目编号"));
                continue;
            }
            item(yaml, "/" + name + "/" + code, code, problems).ifPresent(item -> items.put(item.code(), item));
        }
    }

    private static Optional<AssessmentInput> item(YamlTree yaml, String pointer, String code, List<Problem> problems) {
        JsonNode node = yaml.root().at(pointer);
        if (!node.isObject()) {
            problems.add(Problem.error(yaml.at(pointer), node.asText(""), "county.item", "项目应写成 { 名称: 值, evidence: … }",
                    "例如 { value: 100, evidence: \"《…》\" }"));
            return Optional.empty();
        }
        Map<String, Object> values = new LinkedHashMap<>();
        Optional<String> evidence = Optional.empty();
        for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (field.getKey().equals("evidence")) {
                evidence = Optional.of(field.getValue().asText()).filter(s -> !s.isBlank());
            } else if (!field.getValue().isNull()) {
                values.put(field.getKey(), PLAIN.convertValue(field.getValue(), Object.class));
            }
        }
        return Optional.of(new AssessmentInput(code, values, evidence, yaml.at(pointer)));
    }
}
