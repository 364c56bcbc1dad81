package org.junheng.publish;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.SortedSet;
import org.junheng.render.SchoolYears;
import org.junheng.render.SiteInfo;

/**
 * The schema.org {@code Dataset} that describes {@code /data/} to search engines and data
 * catalogues, embedded in the data page as JSON-LD, with one {@code DataDownload} per file.
 * Addresses are absolute when the site has an absolute base URL.
 */
final class DatasetJsonLd {

    private final SiteInfo site;

    DatasetJsonLd(SiteInfo site) {
        this.site = site;
    }

    ObjectNode dataset(Release release, SortedSet<Integer> years, List<PublishedTable> tables) {
        ObjectNode dataset = Json.object();
        dataset.put("@context", "https://schema.org");
        dataset.put("@type", "Dataset");
        dataset.put("name", site.title() + " 开放数据");
        dataset.put("alternateName", site.titleEn() + " open data");
        dataset.put("description", site.regionName() + "义务教育学校名录、原始统计数据、优质均衡各校指标和县域差异系数、"
                + "评估项目和结论、基本均衡差异系数、招生片区、计划和结果汇总、改善项目、学校合作、信息公开文件目录。"
                + "每个数字都可下载并重新计算。");
        dataset.put("url", address(DataFiles.FOLDER + "/"));
        dataset.put("inLanguage", site.language());
        dataset.put("license", site.licenceUrl());
        dataset.put("isAccessibleForFree", true);
        dataset.put("version", release.version());
        dataset.put("datePublished", release.date().toString());
        if (!years.isEmpty()) {
            dataset.put("temporalCoverage", years.first() + "-09-01/" + (years.last() + 1) + "-08-31");
        }
        ObjectNode place = dataset.putObject("spatialCoverage");
        place.put("@type", "Place");
        place.put("name", site.regionName());
        if (!site.publisher().isBlank()) {
            ObjectNode publisher = dataset.putObject("publisher");
            publisher.put("@type", "GovernmentOrganization");
            publisher.put("name", site.publisher());
        }
        ArrayNode keywords = dataset.putArray("keywords");
        List.of("义务教育", "优质均衡", "差异系数", "信息公开").forEach(keywords::add);
        ArrayNode distribution = dataset.putArray("distribution");
        download(distribution, "datapackage.json", "application/json", "数据包描述（Frictionless Data Package）");
        download(distribution, Sha256Sums.FILE, "text/plain", "SHA-256 校验值");
        for (PublishedTable table : tables) {
            String title = table.schema().title().zh() + "（" + label(table.folder()) + "）";
            download(distribution, table.csv(), "text/csv", title + " CSV");
            for (PublishedTable.ExcelPart part : table.excel()) {
                download(distribution, part.path(), "text/csv", title + " CSV（Excel 用"
                        + (part.whole() ? "" : "，第 " + part.number() + "/" + part.parts() + " 部分") + "）");
            }
            download(distribution, table.json(), "application/json", title + " JSON");
        }
        return dataset;
    }

    private static String label(String folder) {
        return folder.equals(DataFiles.LATEST) ? "最新学年" : SchoolYears.label(Integer.parseInt(folder));
    }

    private void download(ArrayNode distribution, String path, String format, String name) {
        ObjectNode download = distribution.addObject();
        download.put("@type", "DataDownload");
        download.put("name", name);
        download.put("encodingFormat", format);
        download.put("contentUrl", address(DataFiles.FOLDER + "/" + path));
    }

    private String address(String path) {
        return site.baseUrl() + path;
    }
}
