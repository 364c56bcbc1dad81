package org.junheng.publish;

import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import org.junheng.content.Content;
import org.junheng.content.Document;
import org.junheng.indicators.Text;

/**
 * The disclosure documents with their government-document metadata, each under the school
 * year its publication date falls in (1 September to 31 August), newest first.
 */
final class DocumentData implements TableSource {

    static final TableSchema SCHEMA = TableSchema.of("documents", Text.of("公开文件目录", "Documents"),
                    Text.of("本学年（9 月 1 日至次年 8 月 31 日）发布的信息公开文件及其公文要素；正文见 page 所指的页面。",
                            "The disclosure documents published in the school year (1 September to 31 August) with "
                                    + "their government-document metadata; the text is on the page named by page."),
                    List.of(
                            DataField.of("slug", FieldType.STRING, "文件标识", "Document id")
                                    .described("文件的地址名，页面为 /disclosures/{slug}/", "The document's address: /disclosures/{slug}/")
                                    .pattern("[a-z0-9][a-z0-9-]*").required(),
                            DataField.of("title", FieldType.STRING, "标题", "Title").required(),
                            DataField.of("type", FieldType.STRING, "文件类型", "Type")
                                    .described("工作方案、自评报告、整改报告、结对共建、招生公告、通知、工作总结或其他",
                                            "Plan, self-assessment, rectification report, pairing, enrollment notice, notice, "
                                                    + "summary or other").required(),
                            DataField.of("date", FieldType.DATE, "发布日期", "Published").required(),
                            DataField.of("written", FieldType.DATE, "成文日期", "Written"),
                            DataField.of("issuer", FieldType.STRING, "发文机关", "Issuer"),
                            DataField.of("number", FieldType.STRING, "发文字号", "Document number"),
                            DataField.of("index", FieldType.STRING, "索引号", "Index number"),
                            DataField.of("topic", FieldType.STRING, "主题分类", "Topic"),
                            DataField.of("schools", FieldType.STRING, "涉及学校", "Schools concerned")
                                    .described("文件涉及的学校标识码，以 ; 分隔", "Codes of the schools the document concerns, separated by ;"),
                            DataField.of("attachments", FieldType.INTEGER, "附件数", "Attachments").atLeast(0).required(),
                            DataField.of("page", FieldType.STRING, "页面地址", "Page")
                                    .described("文件页面相对于站点根目录的地址", "The document's page, relative to the site root")
                                    .required(),
                            DataField.of("summary", FieldType.STRING, "摘要", "Summary")))
            .primaryKey("slug");

    private final Content content;

    DocumentData(Content content) {
        this.content = content;
    }

    @Override
    public List<TableSchema> schemas() {
        return List.of(SCHEMA);
    }

    @Override
    public SortedSet<Integer> years() {
        SortedSet<Integer> years = new TreeSet<>();
        content.documents().forEach(d -> years.add(d.schoolYear()));
        return years;
    }

    @Override
    public List<Table> tables(int year) {
        return List.of(new Table(SCHEMA, content.documents().stream().filter(d -> d.schoolYear() == year)
                .map(DocumentData::row).toList()));
    }

    static List<String> row(Document document) {
        return SCHEMA.row()
                .set("slug", document.slug())
                .set("title", document.title())
                .set("type", document.type())
                .set("date", Cells.date(document.date()))
                .set("written", Cells.date(document.written()))
                .set("issuer", Cells.text(document.issuer()))
                .set("number", Cells.text(document.number()))
                .set("index", Cells.text(document.index()))
                .set("topic", Cells.text(document.topic()))
                .set("schools", Cells.list(document.schoolCodes()))
                .set("attachments", Cells.integer(document.attachments().size()))
                .set("page", "disclosures/" + document.slug() + "/")
                .set("summary", document.summary())
                .cells();
    }
}
