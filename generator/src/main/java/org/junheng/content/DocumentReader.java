package org.junheng.content;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads one disclosure document: front matter into metadata, body into sanitised HTML, attachments checked. */
public final class DocumentReader {

    public static final Set<String> TYPES = Set.of("工作方案", "自评报告", "整改报告", "结对共建", "招生公告", "通知",
            "工作总结", "其他");
    private static final Set<String> FIELDS = Set.of("title", "type", "date", "written", "issuer", "number", "index",
            "topic", "schools", "attachments", "summary");
    private static final Set<String> ATTACHMENT_FORMATS = Set.of("pdf", "doc", "docx", "xls", "xlsx", "csv", "ofd",
            "png", "jpg", "jpeg", "zip");
    private static final long MAX_ATTACHMENT_BYTES = 50L * 1024 * 1024;
    private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]*");
    private static final int SUMMARY_LENGTH = 120;

    private final Path siteRoot;
    private final MarkdownRenderer markdown;

    public DocumentReader(Path siteRoot, MarkdownRenderer markdown) {
        this.siteRoot = siteRoot;
        this.markdown = markdown;
    }

    public Optional<Document> read(Path path, String text, List<Problem> problems) {
        return read(path, text, problems, new ArrayList<>());
    }

    /** Reads the document and adds to {@code texts} everything in it that can reach the output. */
    public Optional<Document> read(Path path, String text, List<Problem> problems, List<SourceText> texts) {
        String file = ContentFiles.relative(siteRoot, path);
        String fileName = path.getFileName().toString();
        texts.add(SourceTexts.fileName(file, fileName));
        String slug = fileName.substring(0, fileName.length() - ".md".length());
        if (!SLUG.matcher(slug).matches()) {
            problems.add(Problem.error(SourceLocation.file(file), fileName, "document.slug",
                    "文件名不能用作网址", "文件名只用小写英文字母、数字和连字符，例如 2024-work-plan.md"));
        }
        FrontMatter parts = FrontMatter.split(text);
        texts.add(SourceTexts.markdown(file, parts.body(), parts.bodyFirstLine()));
        if (parts.unterminated()) {
            problems.add(Problem.error(SourceLocation.line(file, 1), "---", "document.front-matter",
                    "文件头（front matter）没有结束的 --- 行", "在文件头的最后加一行 ---"));
            return Optional.empty();
        }
        if (parts.yaml().isEmpty()) {
            problems.add(Problem.error(SourceLocation.line(file, 1), "", "document.front-matter",
                    "缺少文件头（front matter）", "文件以 --- 开始，写明 title、type、date，再以 --- 结束"));
            return Optional.empty();
        }
        Optional<YamlTree> parsed = YamlTree.parse(file, parts.yaml(), parts.yamlFirstLine(), problems);
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        YamlTree yaml = parsed.get();
        texts.addAll(yaml.texts(DocumentReader::isNameField));
        int before = problems.size();
        JsonNode root = yaml.root();
        if (!root.isObject()) {
            problems.add(Problem.error(yaml.at(""), "", "document.front-matter", "文件头应是“键: 值”形式",
                    "见 docs/content-format.md"));
            return Optional.empty();
        }
        yaml.reportUnknownKeys(FIELDS, "document.unknown-field", "字段", problems);
        String title = requiredText(yaml, "title", problems);
        String type = requiredText(yaml, "type", problems);
        if (!type.isEmpty() && !TYPES.contains(type)) {
            problems.add(Problem.error(yaml.at("/type"), type, "document.type", "不是已知的文件类型",
                    "应为以下之一：" + String.join("、", TYPES.stream().sorted().toList())));
        }
        Optional<LocalDate> date = yaml.date("/date", "document.date", problems);
        if (date.isEmpty() && !root.has("date")) {
            problems.add(Problem.error(yaml.at(""), "", "document.required", "缺少发布日期 date", "加入 date: 2024-03-18"));
        }
        Optional<LocalDate> written = yaml.date("/written", "document.date", problems);
        List<String> schools = textList(yaml, "schools", problems);
        List<Attachment> attachments = attachments(yaml, path, slug, problems, texts);
        if (problems.size() > before) {
            return Optional.empty();
        }
        MarkdownRenderer.Rendered body = markdown.rendered(parts.body());
        String summary = YamlTree.text(root, "summary").orElseGet(() -> abbreviate(body.firstParagraph()));
        return Optional.of(new Document(slug, title, type, date.get(), written, YamlTree.text(root, "issuer"),
                YamlTree.text(root, "number"), YamlTree.text(root, "index"), YamlTree.text(root, "topic"), schools,
                attachments, summary, body.html(), SourceLocation.file(file)));
    }

    private static boolean isNameField(String field) {
        return Set.of("title", "number", "index").contains(field) || field.startsWith("schools")
                || field.startsWith("attachments");
    }

    private static String requiredText(YamlTree yaml, String field, List<Problem> problems) {
        Optional<String> value = YamlTree.text(yaml.root(), field);
        if (value.isEmpty()) {
            problems.add(Problem.error(yaml.at("/" + field), "", "document.required", "缺少必填字段 " + field,
                    "在文件头中加入 " + field + ": …"));
        }
        return value.orElse("");
    }

    private static List<String> textList(YamlTree yaml, String field, List<Problem> problems) {
        JsonNode node = yaml.root().get(field);
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            problems.add(Problem.error(yaml.at("/" + field), node.asText(), "document.list", field + " 应是列表",
                    "写成 [\"2199010001\", \"2199010002\"]"));
            return List.of();
        }
        List<String> values = new ArrayList<>();
        node.forEach(item -> values.add(item.asText().strip()));
        return values;
    }

    private List<Attachment> attachments(YamlTree yaml, Path document, String slug, List<Problem> problems,
                                         List<SourceText> texts) {
        JsonNode node = yaml.root().get("attachments");
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            problems.add(Problem.error(yaml.at("/attachments"), "", "document.list", "attachments 应是列表",
                    "每个附件写 file 和 title"));
            return List.of();
        }
        List<Attachment> attachments = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            String pointer = "/attachments/" + i;
            String fileText = YamlTree.text(node.get(i), "file").orElse("");
            String title = YamlTree.text(node.get(i), "title").orElse(fileText);
            SourceLocation at = yaml.at(pointer + "/file");
            if (fileText.isEmpty()) {
                problems.add(Problem.error(at, "", "attachment.required", "附件缺少 file", "写明附件相对于本文件的路径"));
                continue;
            }
            attachment(at, document, fileText, title, slug, i + 1, problems, texts).ifPresent(attachments::add);
        }
        return attachments;
    }

    /** The attachment declared at {@code at}, checked; what its tables publish is added to {@code texts}. */
    private Optional<Attachment> attachment(SourceLocation at, Path document, String fileText, String title,
                                            String slug, int number, List<Problem> problems, List<SourceText> texts) {
        Path target = document.getParent().resolve(fileText).normalize();
        try {
            // outside by its path (.., an absolute path) or by where a symbolic link on the way leads
            boolean outside = !target.startsWith(siteRoot.normalize())
                    || Files.exists(target) && !target.toRealPath().startsWith(siteRoot.toRealPath());
            if (outside || !Files.isRegularFile(target)) {
                String rule = outside ? "attachment.outside-site" : "attachment.missing";
                problems.add(Problem.error(at, fileText, rule, outside ? "附件不在站点文件夹内" : "找不到附件文件",
                        "把附件放在 content/documents/attachments/ 中，并写相对路径"));
                return Optional.empty();
            }
            String name = target.getFileName().toString();
            String format = AttachmentTexts.format(name);
            if (!ATTACHMENT_FORMATS.contains(format)) {
                problems.add(Problem.error(at, fileText, "attachment.type", "不允许的附件类型",
                        "只能附 PDF、Word、Excel、CSV、OFD、图片或 ZIP"));
                return Optional.empty();
            }
            long size = Files.size(target);
            if (size > MAX_ATTACHMENT_BYTES) {
                problems.add(Problem.error(at, fileText, "attachment.size", "附件超过 50 MB", "压缩或拆分附件"));
                return Optional.empty();
            }
            String sitePath = ContentFiles.relative(siteRoot, target);
            texts.addAll(AttachmentTexts.of(target, sitePath, format, at, problems));
            return Optional.of(new Attachment(title, sitePath, publishedName(name, format, slug, number), size,
                    format.toUpperCase(Locale.ROOT)));
        } catch (IOException e) {
            problems.add(Problem.error(at, fileText, "attachment.unreadable", "无法读取附件：" + e.getMessage(), "检查文件"));
            return Optional.empty();
        }
    }

    /** ASCII names publish as they are (lower-cased); others become {slug}-{n}.{ext} so URLs never need escaping. */
    static String publishedName(String name, String format, String slug, int number) {
        String stem = name.substring(0, name.length() - format.length() - 1).toLowerCase(Locale.ROOT);
        String safe = stem.replaceAll("[^a-z0-9._-]+", "-").replaceAll("-{2,}", "-").replaceAll("^[-.]+|-+$", "");
        if (safe.isEmpty() || !stem.matches("[\\x20-\\x7e]+")) {
            safe = slug + "-" + number;
        }
        return safe + "." + format;
    }

    private static String abbreviate(String text) {
        return text.codePointCount(0, text.length()) <= SUMMARY_LENGTH ? text
                : text.substring(0, text.offsetByCodePoints(0, SUMMARY_LENGTH)) + "…";
    }
}
