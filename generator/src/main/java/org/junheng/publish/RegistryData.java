package org.junheng.publish;

import java.util.Arrays;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import org.junheng.content.Column;
import org.junheng.content.Content;
import org.junheng.content.Locality;
import org.junheng.content.Ownership;
import org.junheng.content.School;
import org.junheng.content.SchoolRegistryTable;
import org.junheng.content.SchoolType;
import org.junheng.indicators.Text;

/**
 * The school registry (学校名录) as published: the same columns as {@code content/schools.csv},
 * so a published file can be read back as content. The registry keeps no history, so every
 * year's copy is the registry as it stands at the release.
 */
final class RegistryData implements TableSource {

    static final String TABLE = "schools";

    static final TableSchema SCHEMA = TableSchema.of(TABLE, Text.of("学校名录", "School registry"),
                    Text.of("全部登记学校的基本信息，与 content/schools.csv 的列相同。名录不记录历史，各学年文件夹中的名录都是发布时的名录。",
                            "Every registered school, with the columns of content/schools.csv. The registry keeps no "
                                    + "history: every year's copy is the registry as it stands at the release."),
                    List.of(
                            SharedFields.SCHOOL.described("全国统一的 10 位学校标识码；学校页面为 /schools/{code}/",
                                    "The national 10-digit school code; the school's page is /schools/{code}/"),
                            field("name", FieldType.STRING, "School name", "学校的正式名称", "Official name").required(),
                            field("aliases", FieldType.STRING, "Aliases", "家长常用的其他名称（旧名、简称），以 ; 分隔",
                                    "Other names parents use (old names, short names), separated by ;"),
                            field("type", FieldType.STRING, "School type", "学校类型，决定学校有哪些学段",
                                    "School type; it decides which stages the school has")
                                    .oneOf(Arrays.stream(SchoolType.values()).map(SchoolType::chinese).toList()).required(),
                            field("parent", FieldType.STRING, "Parent school", "教学点所属学校的标识码",
                                    "For a teaching point, the code of the school that runs it").pattern("[0-9]{10}"),
                            field("county", FieldType.STRING, "County code", "县级行政区划代码（6 位）",
                                    "Six-digit county code").pattern("[0-9]{6}").required(),
                            field("town", FieldType.STRING, "Town", "所在乡镇、街道", "Town, township or street").required(),
                            field("locality", FieldType.STRING, "Urban or rural", "统计上的城乡分类",
                                    "Statistical urban–rural classification")
                                    .oneOf(Arrays.stream(Locality.values()).map(Locality::chinese).toList()).required(),
                            field("ownership", FieldType.STRING, "Ownership", "公办或民办", "Public or private")
                                    .oneOf(Arrays.stream(Ownership.values()).map(Ownership::chinese).toList()).required(),
                            field("boarding", FieldType.BOOLEAN, "Boarding", "是否寄宿制学校", "Whether the school boards students")
                                    .required(),
                            field("address", FieldType.STRING, "Address", "学校地址（学校的地址，不是任何个人的住址）",
                                    "The school's own address"),
                            field("phone", FieldType.STRING, "Office phone", "学校办公电话（座机）", "The school office's landline"),
                            field("website", FieldType.STRING, "Website", "学校网址", "The school's website"),
                            field("founded", FieldType.INTEGER, "Founded", "建校年份", "Year founded"),
                            field("latitude", FieldType.NUMBER, "Latitude", "纬度（WGS-84）", "WGS-84 latitude").unit("度", "degrees"),
                            field("longitude", FieldType.NUMBER, "Longitude", "经度（WGS-84）", "WGS-84 longitude").unit("度", "degrees")))
            .primaryKey("code")
            .foreignKey(new ForeignKey(List.of("parent"), TABLE, List.of("code")));

    private final Content content;
    private final SortedSet<Integer> years;

    /** @param years the school years that publish a registry beside their other tables */
    RegistryData(Content content, SortedSet<Integer> years) {
        this.content = content;
        this.years = new TreeSet<>(years);
    }

    @Override
    public List<TableSchema> schemas() {
        return List.of(SCHEMA);
    }

    @Override
    public SortedSet<Integer> years() {
        return years;
    }

    @Override
    public List<Table> tables(int year) {
        return List.of(new Table(SCHEMA, content.schools().stream().map(RegistryData::row)
                .collect(PackedRows.collector())));
    }

    static List<String> row(School school) {
        return SCHEMA.row()
                .set("code", school.code())
                .set("name", school.name())
                .set("aliases", Cells.list(school.aliases()))
                .set("type", school.type().chinese())
                .set("parent", Cells.text(school.parentCode()))
                .set("county", school.countyCode())
                .set("town", school.town())
                .set("locality", school.locality().chinese())
                .set("ownership", school.ownership().chinese())
                .set("boarding", Cells.bool(school.boarding()))
                .set("address", Cells.text(school.address()))
                .set("phone", Cells.text(school.phone()))
                .set("website", Cells.text(school.website()))
                .set("founded", Cells.integer(school.founded()))
                .set("latitude", school.coordinates().map(c -> Cells.decimal(c.latitude())).orElse(MissingValues.EMPTY))
                .set("longitude", school.coordinates().map(c -> Cells.decimal(c.longitude())).orElse(MissingValues.EMPTY))
                .cells();
    }

    /** A registry column under the Chinese header content/schools.csv gives it. */
    private static DataField field(String key, FieldType type, String titleEn, String zh, String en) {
        return DataField.of(key, type, chinese(key), titleEn).described(zh, en);
    }

    static String chinese(String key) {
        return SchoolRegistryTable.COLUMNS.stream().filter(c -> c.key().equals(key)).map(Column::chinese).findFirst()
                .orElseThrow(() -> new IllegalStateException("content/schools.csv has no column " + key));
    }
}
