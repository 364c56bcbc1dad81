package org.junheng.publish;

import java.util.Arrays;
import java.util.List;
import org.junheng.content.Stage;

/** Columns many tables share, declared once so that they mean the same everywhere. */
final class SharedFields {

    static final DataField YEAR = DataField.of("year", FieldType.YEAR, "学年", "School year")
            .described("学年开始的年份：2024 即 2024—2025 学年，在校生按当年秋季开学统计",
                    "The calendar year the school year starts in: 2024 is the 2024–2025 school year, counted in autumn")
            .required();

    static final DataField COUNTY = DataField.of("county", FieldType.STRING, "县区代码", "County code")
            .described("县级行政区划代码（6 位）", "Six-digit code of the county-level unit assessed")
            .pattern("[0-9]{6}").required();

    static final DataField SCHOOL = DataField.of("code", FieldType.STRING, "学校标识码", "School code")
            .described("全国统一的 10 位学校标识码，对应本文件夹 schools 表中的一所学校",
                    "The national 10-digit school code; names a school of this folder's schools table")
            .pattern("[0-9]{10}").required();

    static final DataField STAGE = DataField.of("stage", FieldType.STRING, "学段", "Stage")
            .described("primary = 小学，junior = 初中，senior = 高中；一贯制学校的每个学段算作一所学校",
                    "primary, junior or senior; each stage of a multi-stage school counts as a school of its own")
            .oneOf(Arrays.stream(Stage.values()).map(Stage::key).toList()).required();

    static final DataField OUTCOME = DataField.of("outcome", FieldType.STRING, "结果", "Outcome")
            .described("met = 达标，not_met = 未达标，not_assessable = 无法评估（数据缺失或有误，原因见 reason），"
                            + "not_reported = 未填报，no_standard = 该标准没有此项标准值",
                    "met, not_met, not_assessable (data missing or wrong; see the reason), not_reported, "
                            + "no_standard (the standard sets no value to compare with)")
            .oneOf(Cells.outcomes()).required();

    static final DataField MET = DataField.of("met", FieldType.BOOLEAN, "是否达标", "Met")
            .described("true = 达标，false = 未达标；无法评估或无标准值时为空。按未经四舍五入的数值判断",
                    "true or false; empty when not judged. Judged on the unrounded value");

    static final DataField REASON = DataField.of("reason", FieldType.STRING, "原因", "Reason")
            .described("无法评估或未达标的原因（中文）", "Why the value is not assessable or not met, in Chinese");

    static final DataField REASON_EN = DataField.of("reason_en", FieldType.STRING, "原因（英文）", "Reason (English)")
            .described("同 reason，英文", "The reason in English");

    static final DataField SET_BY = DataField.of("set_by", FieldType.STRING, "标准值出处", "Set by")
            .described("标准值由谁规定：标准文件或覆盖它的省、市、县规定", "Who set the value: the standard document or an override layer");

    private SharedFields() {
    }

    static List<DataField> yearCountySchool() {
        return List.of(YEAR, COUNTY, SCHOOL);
    }
}
