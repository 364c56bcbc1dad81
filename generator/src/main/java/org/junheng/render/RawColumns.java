package org.junheng.render;

import java.util.List;
import org.junheng.content.Stage;
import org.junheng.indicators.Quantity;

/** The statistics columns (docs/content-format.md) an indicator's numerator is computed from. */
final class RawColumns {

    private RawColumns() {
    }

    static List<String> of(Quantity quantity, Stage stage) {
        String prefix = stage.key() + "_";
        String chinese = stage.chinese();
        return switch (quantity) {
            case TEACHERS -> List.of(prefix + "teachers（" + chinese + "专任教师数）");
            case TEACHERS_ABOVE_DEGREE -> List.of(prefix + "teachers_above_degree（" + chinese + "高于规定学历教师数）");
            case BACKBONE_TEACHERS -> List.of(prefix + "backbone_teachers（" + chinese + "县级以上骨干教师数）");
            case PE_ARTS_TEACHERS -> List.of(prefix + "pe_teachers（" + chinese + "体育专任教师数）",
                    prefix + "music_teachers（" + chinese + "音乐专任教师数）",
                    prefix + "art_teachers（" + chinese + "美术专任教师数）");
            case MID_SENIOR_TITLE_TEACHERS -> List.of(prefix + "mid_senior_title_teachers（" + chinese
                    + "中级及以上职称教师数）");
            case TEACHING_AREA -> List.of("teaching_area（教学及辅助用房面积，㎡）");
            case SPORTS_AREA -> List.of("sports_ground_area（运动场地面积，㎡）", "sports_hall_area（体育馆面积，㎡）");
            case EQUIPMENT_VALUE -> List.of("equipment_value（教学仪器设备值，万元，×10000 折算为元）");
            case MULTIMEDIA_CLASSROOMS -> List.of("multimedia_classrooms（网络多媒体教室数）");
            case COMPUTERS -> List.of("computers（计算机台数）");
            case BOOKS -> List.of("books（图书册数）");
        };
    }

    static String students(Stage stage) {
        return stage.key() + "_students（" + stage.chinese() + "在校生数）";
    }
}
