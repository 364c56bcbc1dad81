package org.junheng.publish;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.function.Function;
import org.junheng.render.SiteInfo;

/**
 * {@code datapackage.json} descriptors (Frictionless Data Package v1, tabular profile, with Table
 * Schema): one for all school years at {@code /data/}, and one in every year folder (and
 * {@code latest/}) so that a downloaded folder describes itself. Titles and descriptions are in
 * Chinese; {@code title_en}, {@code description_en} and {@code unit}/{@code unit_en} are this
 * site's own properties, which the specification allows.
 */
final class DataPackages {

    private final SiteInfo site;
    private final String counties;
    private final Release release;
    private final int suppressionThreshold;

    DataPackages(SiteInfo site, List<String> countyCodes, Release release, int suppressionThreshold) {
        this.site = site;
        this.counties = String.join("-", countyCodes);
        this.release = release;
        this.suppressionThreshold = suppressionThreshold;
    }

    /** The package of one folder: resources named by table, paths relative to the folder. */
    ObjectNode folder(String folder, List<PublishedTable> tables) {
        ObjectNode root = header(DataFiles.LATEST.equals(folder) ? "latest" : folder);
        ArrayNode resources = root.putArray("resources");
        for (PublishedTable table : tables) {
            resources.add(resource(table, table.schema().name(), folder + "/", Function.identity()));
        }
        return root;
    }

    /** The package of every year folder: resources named {@code {table}-{year}}, paths relative to {@code /data/}. */
    ObjectNode all(List<PublishedTable> tables) {
        ObjectNode root = header("all");
        ArrayNode resources = root.putArray("resources");
        for (PublishedTable table : tables) {
            resources.add(resource(table, name(table.schema().name(), table.folder()), "",
                    referenced -> name(referenced, table.folder())));
        }
        return root;
    }

    static String name(String table, String folder) {
        return table.replace('_', '-') + "-" + folder;
    }

    private ObjectNode header(String part) {
        ObjectNode root = Json.object();
        root.put("profile", "tabular-data-package");
        root.put("name", "education-balance-" + counties + "-" + part);
        root.put("title", site.title() + " 开放数据");
        root.put("title_en", site.titleEn() + " open data");
        root.put("description", site.regionName() + "义务教育学校名录、统计数据、优质均衡评估指标和结果、招生片区、计划和结果汇总、"
                + "改善项目、学校合作和信息公开文件目录。数据字典在本站 data/dictionary/ 页面，校验值在 data/SHA256SUMS。");
        root.put("description_en", "School registry, statistics, balance indicators and assessment results, enrollment "
                + "zones, plans and aggregate results, improvement projects, partnerships and the disclosure document "
                + "list. The data dictionary is the site's data/dictionary/ page; checksums are in data/SHA256SUMS.");
        if (site.baseUrl().startsWith("http")) {
            root.put("homepage", site.baseUrl() + DataFiles.FOLDER + "/");
        }
        root.put("version", release.version());
        root.put("released", release.date().toString());
        ArrayNode licenses = root.putArray("licenses");
        ObjectNode licence = licenses.addObject();
        licence.put("path", site.licenceUrl());
        licence.put("title", site.licenceName());
        ArrayNode keywords = root.putArray("keywords");
        List.of("义务教育", "优质均衡", "差异系数", "信息公开", "compulsory education", "education balance")
                .forEach(keywords::add);
        if (!site.publisher().isBlank()) {
            ObjectNode publisher = root.putArray("contributors").addObject();
            publisher.put("title", site.publisher());
            publisher.put("role", "publisher");
        }
        return root;
    }

    private ObjectNode resource(PublishedTable table, String name, String pathPrefix,
                                Function<String, String> resourceName) {
        TableSchema schema = table.schema();
        ObjectNode resource = Json.object();
        resource.put("profile", "tabular-data-resource");
        resource.put("name", name);
        resource.put("path", pathPrefix.isEmpty() ? table.csv() : table.csv().substring(table.folder().length() + 1));
        resource.put("title", schema.title().zh());
        resource.put("title_en", schema.title().en());
        resource.put("description", schema.description().zh());
        resource.put("description_en", schema.description().en());
        resource.put("format", "csv");
        resource.put("mediatype", "text/csv");
        resource.put("encoding", "utf-8");
        ObjectNode dialect = resource.putObject("dialect");
        dialect.put("delimiter", ",");
        dialect.put("doubleQuote", true);
        dialect.put("quoteChar", "\"");
        dialect.put("lineTerminator", "\n");
        dialect.put("header", true);
        resource.put("bytes", table.bytes());
        resource.put("hash", "sha256:" + table.sha256());
        resource.put("rows", table.rows());
        ArrayNode alternates = resource.putArray("alternates");
        for (PublishedTable.ExcelPart part : table.excel()) {
            String zh = "供 Excel 使用：UTF-8 带 BOM，CRLF 换行";
            String en = "For Excel: UTF-8 with BOM, CRLF line ends";
            if (!part.whole()) {
                zh += "；超出 Excel 一张工作表的行数，分为 " + part.parts() + " 个文件，此为第 " + part.number() + " 个（第 "
                        + part.firstRow() + "—" + part.lastRow() + " 行）";
                en += "; more rows than an Excel sheet holds, so in " + part.parts() + " files: this is part "
                        + part.number() + " (rows " + part.firstRow() + "–" + part.lastRow() + ")";
            }
            alternate(alternates, relative(part.path(), table, pathPrefix), "csv", "text/csv", "utf-8-sig", zh, en);
        }
        alternate(alternates, relative(table.json(), table, pathPrefix), "json", "application/json", "utf-8",
                "JSON：对象数组，键为字段名", "JSON: an array of objects keyed by field name");
        resource.set("schema", schema(schema, resourceName));
        return resource;
    }

    private static String relative(String path, PublishedTable table, String pathPrefix) {
        return pathPrefix.isEmpty() ? path : path.substring(table.folder().length() + 1);
    }

    private static void alternate(ArrayNode alternates, String path, String format, String mediatype, String encoding,
                                  String zh, String en) {
        ObjectNode alternate = alternates.addObject();
        alternate.put("path", path);
        alternate.put("format", format);
        alternate.put("mediatype", mediatype);
        alternate.put("encoding", encoding);
        alternate.put("description", zh);
        alternate.put("description_en", en);
    }

    /** @param resourceName the resource name of a table of the same folder */
    ObjectNode schema(TableSchema schema, Function<String, String> resourceName) {
        ObjectNode node = Json.object();
        ArrayNode fields = node.putArray("fields");
        schema.fields().forEach(field -> fields.add(field(field)));
        if (!schema.primaryKey().isEmpty()) {
            schema.primaryKey().forEach(node.putArray("primaryKey")::add);
        }
        if (!schema.foreignKeys().isEmpty()) {
            ArrayNode foreignKeys = node.putArray("foreignKeys");
            for (ForeignKey key : schema.foreignKeys()) {
                ObjectNode fk = foreignKeys.addObject();
                key.fields().forEach(fk.putArray("fields")::add);
                ObjectNode reference = fk.putObject("reference");
                // a table referring to itself names no resource, as Table Schema asks
                String target = key.table().equals(schema.name()) ? "" : resourceName.apply(key.table());
                reference.put("resource", target);
                key.referencedFields().forEach(reference.putArray("fields")::add);
            }
        }
        ArrayNode missing = node.putArray("missingValues");
        MissingValues.ALL.forEach(missing::add);
        return node;
    }

    private ObjectNode field(DataField field) {
        ObjectNode node = Json.object();
        node.put("name", field.name());
        node.put("type", field.type().key());
        node.put("title", field.title().zh());
        node.put("title_en", field.title().en());
        if (!field.description().zh().isEmpty()) {
            node.put("description", field.description().zh());
            node.put("description_en", field.description().en());
        }
        field.unit().ifPresent(unit -> {
            node.put("unit", unit.zh());
            node.put("unit_en", unit.en());
        });
        ObjectNode constraints = Json.object();
        if (field.mandatory()) {
            constraints.put("required", true);
        }
        if (!field.allowed().isEmpty()) {
            field.allowed().forEach(constraints.putArray("enum")::add);
        }
        field.pattern().ifPresent(pattern -> constraints.put("pattern", pattern));
        field.minimum().ifPresent(minimum -> constraints.put("minimum", minimum));
        if (!constraints.isEmpty()) {
            node.set("constraints", constraints);
        }
        switch (field.childCount()) {
            case SCHOOL_SIZE -> node.put("childCount", "school-size");
            case SUPPRESSED -> {
                node.put("childCount", "suppressed");
                node.put("suppressedBelow", suppressionThreshold);
            }
            default -> { }
        }
        return node;
    }
}
