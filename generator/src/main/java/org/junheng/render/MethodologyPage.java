package org.junheng.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junheng.content.SchoolType;
import org.junheng.content.Stage;
import org.junheng.indicators.IndicatorDefinition;
import org.junheng.indicators.Rule;
import org.junheng.indicators.Setting;
import org.junheng.indicators.StandardSet;

/** {@code methodology/}: how every number is computed, from the standard set the site applies. */
final class MethodologyPage {

    private final PageFactory pages;
    private final StandardSet standards;

    MethodologyPage(PageFactory pages, StandardSet standards) {
        this.pages = pages;
        this.standards = standards;
    }

    Page page() {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("standard", standards.name().zh());
        model.put("document", standards.document().zh());
        model.put("overrides", standards.overrides().stream().map(o -> o.provenance().citation()).toList());
        model.put("thresholds", thresholds());
        model.put("rules", rules());
        model.put("excludedTypes", String.join("、", standards.excludedTypes().stream().map(SchoolType::chinese)
                .toList()));
        return pages.page("methodology/", "methodology.ftlh", pages.label("methodology.title"), "assessment",
                pages.label("methodology.description"), model);
    }

    private TableView thresholds() {
        List<List<String>> rows = new ArrayList<>();
        for (IndicatorDefinition indicator : standards.indicators()) {
            List<String> row = new ArrayList<>();
            row.add(indicator.code() + " " + indicator.name().zh());
            row.add(indicator.formula().zh());
            for (Stage stage : AssessmentViews.STAGES) {
                row.add(indicator.threshold(stage).map(MethodologyPage::cited).orElse(Numbers.NOT_REPORTED));
            }
            for (Stage stage : AssessmentViews.STAGES) {
                row.add(indicator.cvLimit(stage).map(MethodologyPage::cited).orElse(Numbers.NOT_REPORTED));
            }
            rows.add(row);
        }
        return new TableView(pages.label("methodology.thresholds"),
                List.of("指标", "计算公式", "小学标准", "初中标准", "小学差异系数上限", "初中差异系数上限"), rows);
    }

    private TableView rules() {
        List<List<String>> rows = new ArrayList<>();
        for (Rule rule : Rule.values()) {
            standards.rules().find(rule).ifPresent(setting ->
                    rows.add(List.of(rule.description().zh(), cited(setting))));
        }
        return new TableView(pages.label("methodology.rules"), List.of("规则", "取值"), rows);
    }

    /** A value with where it came from when a local override changed it. */
    private static String cited(Setting setting) {
        return setting.isOverridden()
                ? setting.plain() + "（" + setting.setBy().citation() + "调整，原为 " + setting.original().plain() + "）"
                : setting.plain();
    }
}
