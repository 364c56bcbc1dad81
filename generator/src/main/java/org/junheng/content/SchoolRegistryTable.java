package org.junheng.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/** Reads the school registry (学校名录) from its table rows. */
public final class SchoolRegistryTable {

    public static final List<Column> COLUMNS = List.of(
            Column.required("code", "学校标识码"),
            Column.required("name", "学校名称"),
            Column.optional("aliases", "别名"),
            Column.required("type", "学校类型"),
            Column.optional("parent", "所属学校"),
            Column.required("county", "县区代码"),
            Column.required("town", "乡镇街道"),
            Column.required("locality", "城乡类别"),
            Column.required("ownership", "办学性质"),
            Column.optional("boarding", "寄宿制"),
            Column.optional("address", "学校地址"),
            Column.optional("phone", "办公电话"),
            Column.optional("website", "网址"),
            Column.optional("founded", "建校年份"),
            Column.optional("latitude", "纬度"),
            Column.optional("longitude", "经度"));

    private SchoolRegistryTable() {
    }

    public static List<School> read(List<TableRow> rows, List<Problem> problems) {
        CellReader cells = new CellReader(problems);
        List<School> schools = new ArrayList<>();
        for (TableRow row : rows) {
            int before = problems.size();
            String code = cells.requiredText(row, "code");
            String name = cells.requiredText(row, "name");
            Optional<SchoolType> type = cells.choice(row, "type", SchoolType::fromChinese, SchoolType.values(),
                    SchoolType::chinese);
            if (row.text("type").isEmpty()) {
                cells.requiredText(row, "type");
            }
            String county = cells.requiredText(row, "county");
            String town = cells.requiredText(row, "town");
            Optional<Locality> locality = required(cells, row, "locality",
                    cells.choice(row, "locality", Locality::fromChinese, Locality.values(), Locality::chinese));
            Optional<Ownership> ownership = required(cells, row, "ownership",
                    cells.choice(row, "ownership", Ownership::fromChinese, Ownership.values(), Ownership::chinese));
            OptionalInt founded = cells.year(row, "founded");
            OptionalDouble latitude = cells.decimal(row, "latitude");
            OptionalDouble longitude = cells.decimal(row, "longitude");
            boolean boarding = cells.yesNo(row, "boarding");
            if (problems.size() > before || type.isEmpty() || locality.isEmpty() || ownership.isEmpty()) {
                continue;
            }
            Optional<Coordinates> coordinates = latitude.isPresent() && longitude.isPresent()
                    ? Optional.of(new Coordinates(latitude.getAsDouble(), longitude.getAsDouble()))
                    : Optional.empty();
            schools.add(new School(code, name, cells.list(row, "aliases"), type.get(), row.text("parent"),
                    county, town, locality.get(), ownership.get(), boarding, row.text("address"),
                    row.text("phone"), row.text("website"), founded, coordinates, row.at("code")));
        }
        return schools;
    }

    private static <E> Optional<E> required(CellReader cells, TableRow row, String key, Optional<E> value) {
        if (row.text(key).isEmpty()) {
            cells.requiredText(row, key);
        }
        return value;
    }
}
