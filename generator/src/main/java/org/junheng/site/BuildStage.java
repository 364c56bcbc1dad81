package org.junheng.site;

/** The stages of a build, in the order they run, with their names for {@code junheng build --timings}. */
public enum BuildStage {
    DIGEST_INPUTS("摘要输入", "digest inputs"),
    LOAD_AND_CHECK("读取并检查内容", "load and check content"),
    ASSESS("计算指标", "assess"),
    RENDER_PAGES("生成页面", "render pages"),
    OPEN_DATA("开放数据", "open data"),
    FEEDS_SITEMAP_SEARCH("订阅、站点地图、搜索", "feeds, sitemap, search"),
    KEEP_UNCHANGED_FILES("保留未变的文件", "keep unchanged files"),
    SCAN_OUTPUT("扫描输出", "scan output"),
    PUBLISH("发布", "publish");

    private final String chinese;
    private final String english;

    BuildStage(String chinese, String english) {
        this.chinese = chinese;
        this.english = english;
    }

    public String chinese() {
        return chinese;
    }

    public String english() {
        return english;
    }
}
