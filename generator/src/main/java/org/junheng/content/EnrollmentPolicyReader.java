package org.junheng.content;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads {@code policy.md}: the policy text after a front matter with its title, date, the
 * documents that announce it, the materials to bring and the consultation and complaint
 * channels. Channels publish office landlines only, never a mobile number.
 */
final class EnrollmentPolicyReader {

    private static final Set<String> FIELDS = Set.of("title", "date", "documents", "materials", "channels");
    private static final Set<String> CHANNEL_FIELDS = Set.of("purpose", "name", "phone", "hours");
    private static final Pattern MOBILE = Pattern.compile("\\+?(86)?-?1[3-9][0-9]{9}");
    /** An office landline (区号-号码, optional extension) or a short government service line such as 12345. */
    private static final Pattern LANDLINE = Pattern.compile("0[0-9]{2,3}-?[0-9]{7,8}((-|转)[0-9]{1,6})?|12[0-9]{3}");

    private final MarkdownRenderer markdown;

    EnrollmentPolicyReader(MarkdownRenderer markdown) {
        this.markdown = markdown;
    }

    Optional<EnrollmentPolicy> read(String file, String text, List<Problem> problems) {
        FrontMatter parts = FrontMatter.split(text);
        if (parts.unterminated() || parts.yaml().isEmpty()) {
            problems.add(Problem.error(SourceLocation.line(file, 1), "", "enrollment.front-matter",
                    "招生政策缺少完整的文件头（front matter）", "文件以 --- 开始，写明 title、date，再以 --- 结束"));
            return Optional.empty();
        }
        Optional<YamlTree> parsed = YamlTree.parse(file, parts.yaml(), parts.yamlFirstLine(), problems);
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        YamlTree yaml = parsed.get();
        JsonNode root = yaml.root();
        int before = problems.size();
        for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                problems.add(Problem.error(yaml.at("/" + name), name, "enrollment.unknown-field",
                        "未知的字段“" + name + "”", "可用字段：" + String.join(", ", FIELDS.stream().sorted().toList())));
            }
        }
        Optional<String> title = YamlTree.text(root, "title");
        if (title.isEmpty()) {
            problems.add(Problem.error(yaml.at("/title"), "", "enrollment.required", "缺少标题 title", "加入 title: …"));
        }
        Optional<LocalDate> date = date(yaml, problems);
        List<String> documents = strings(yaml, "documents", problems);
        List<String> materials = strings(yaml, "materials", problems);
        List<ContactChannel> channels = channels(yaml, problems);
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new EnrollmentPolicy(title.get(), date.get(), documents, materials, channels,
                markdown.render(parts.body()), SourceLocation.file(file)));
    }

    private static List<ContactChannel> channels(YamlTree yaml, List<Problem> problems) {
        JsonNode node = yaml.root().get("channels");
        List<ContactChannel> channels = new ArrayList<>();
        if (node == null || node.isNull()) {
            return channels;
        }
        if (!node.isArray()) {
            problems.add(Problem.error(yaml.at("/channels"), "", "enrollment.list", "channels 应是列表",
                    "每一项写 purpose、name、phone、hours"));
            return channels;
        }
        for (int i = 0; i < node.size(); i++) {
            String pointer = "/channels/" + i;
            JsonNode item = node.get(i);
            for (Iterator<String> names = item.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (!CHANNEL_FIELDS.contains(name)) {
                    problems.add(Problem.error(yaml.at(pointer + "/" + name), name, "enrollment.unknown-field",
                            "未知的字段“" + name + "”", "可用字段：hours, name, phone, purpose"));
                }
            }
            String purpose = YamlTree.text(item, "purpose").orElse("咨询");
            String name = YamlTree.text(item, "name").orElse("");
            String phone = YamlTree.text(item, "phone").orElse("");
            if (name.isEmpty()) {
                problems.add(Problem.error(yaml.at(pointer), "", "enrollment.required", "咨询投诉渠道缺少 name",
                        "写明受理单位，例如 县教育体育局基础教育股"));
            }
            String compact = phone.replace(" ", "");
            if (MOBILE.matcher(compact).matches()) {
                problems.add(Problem.error(yaml.at(pointer + "/phone"), phone, "enrollment.channel-mobile",
                        "咨询投诉电话不能公布手机号码", "改为受理单位的办公固定电话，例如 0790-6212301"));
            } else if (!LANDLINE.matcher(compact).matches()) {
                problems.add(Problem.error(yaml.at(pointer + "/phone"), phone, "enrollment.channel-phone",
                        "不是办公固定电话号码", "写成 区号-号码，例如 0790-6212301，或 12345 等政务服务热线"));
            }
            channels.add(new ContactChannel(purpose, name, phone, YamlTree.text(item, "hours"), yaml.at(pointer)));
        }
        return channels;
    }

    private static List<String> strings(YamlTree yaml, String field, List<Problem> problems) {
        JsonNode node = yaml.root().get(field);
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            problems.add(Problem.error(yaml.at("/" + field), node.asText(), "enrollment.list", field + " 应是列表",
                    "每一项另起一行，以“- ”开头"));
            return List.of();
        }
        List<String> values = new ArrayList<>();
        node.forEach(item -> values.add(item.asText().strip()));
        return values;
    }

    private static Optional<LocalDate> date(YamlTree yaml, List<Problem> problems) {
        if (YamlTree.text(yaml.root(), "date").isEmpty()) {
            problems.add(Problem.error(yaml.at("/date"), "", "enrollment.required", "缺少发布日期 date",
                    "加入 date: 2024-06-05"));
            return Optional.empty();
        }
        return yaml.date("/date", "enrollment.date", problems);
    }
}
