package org.junheng.site.synthetic;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junheng.content.SchoolType;

/**
 * The counties, towns and schools of a synthetic site: made-up names from syllable tables,
 * county codes 99CCKK (99 is no real province), ten-digit school codes that start with the
 * county code, and every school type in every county that is large enough.
 */
final class SyntheticRegistry {

    /** A typical county: national figures give about 70 compulsory-education schools per county. */
    static final int SCHOOLS_PER_COUNTY = 70;
    private static final int SCHOOLS_PER_TOWN = 8;
    private static final int COUNTIES_PER_CITY = 20;
    private static final int CITIES = 99;
    /** Every two-digit city and county number: 9,801 counties, about 686,000 schools. */
    static final int MAX_COUNTIES = CITIES * 99;

    private static final String SYLLABLES = "青岚平安和顺永宁长乐丰泰清河远山明德兴华云溪松柏桃源龙泉白石"
            + "金川玉湖临江丹霞翠屏凤鸣梅岭竹林柳塘荷花芙蓉新桥东坡西岗南湾北塘石门枫林沙洲";
    private static final String TOWN_SYLLABLES = "城关东城西城南门北门新华文昌岳山大坪高桥马家李家官庄河口"
            + "上坪下湾水口桥头花园杨柳茶园黄土红旗三江五里双井";
    private static final String[] PRIMARY_NAMES = {"中心小学", "第一小学", "第二小学", "实验小学", "希望小学", "育才小学"};
    private static final String[] JUNIOR_NAMES = {"中学", "第一中学", "初级中学", "实验中学"};

    /**
     * The order of a county's first schools: one of every type, so that even a small site
     * shows every kind of page. Later schools are drawn by their national shares.
     */
    private static final List<SchoolType> FIRST_TYPES = List.of(SchoolType.PRIMARY_SCHOOL, SchoolType.JUNIOR_SCHOOL,
            SchoolType.NINE_YEAR, SchoolType.TEACHING_POINT, SchoolType.COMPLETE_SECONDARY, SchoolType.TWELVE_YEAR,
            SchoolType.SPECIAL_EDUCATION);

    private SyntheticRegistry() {
    }

    static List<SyntheticCounty> counties(int schools, long seed) {
        List<SyntheticCounty> counties = new ArrayList<>();
        int countyCount = Math.max(1, (schools + SCHOOLS_PER_COUNTY - 1) / SCHOOLS_PER_COUNTY);
        if (countyCount > MAX_COUNTIES) {
            throw new IllegalArgumentException("a synthetic site has at most " + MAX_COUNTIES + " counties ("
                    + MAX_COUNTIES * SCHOOLS_PER_COUNTY + " schools): county codes 99CCKK run out");
        }
        int first = 0;
        for (int index = 0; index < countyCount; index++) {
            int size = (schools - first) / (countyCount - index);
            counties.add(county(index, size, seed));
            first += size;
        }
        return counties;
    }

    /**
     * 99CCKK: twenty counties to each of the 99 cities, then (for national sizes) the county numbers
     * 21–99 of each city in turn — so that the codes of a smaller site never change.
     */
    static String countyCode(int index) {
        int firstRound = CITIES * COUNTIES_PER_CITY;
        if (index < firstRound) {
            return String.format("99%02d%02d", index / COUNTIES_PER_CITY + 1, index % COUNTIES_PER_CITY + 1);
        }
        int rest = index - firstRound;
        int perCity = 99 - COUNTIES_PER_CITY;
        return String.format("99%02d%02d", rest / perCity + 1, COUNTIES_PER_CITY + 1 + rest % perCity);
    }

    private static SyntheticCounty county(int index, int size, long seed) {
        Random random = new Random(seed * 1_000_003L + index);
        String code = countyCode(index);
        String name = twoSyllables(SYLLABLES, index, seed) + "县";
        int townCount = Math.max(1, (size + SCHOOLS_PER_TOWN - 1) / SCHOOLS_PER_TOWN);
        List<SyntheticTown> towns = new ArrayList<>();
        for (int t = 0; t < townCount; t++) {
            String kind = t < Math.max(1, townCount / 5) ? "街道" : (t % 3 == 2 ? "乡" : "镇");
            String locality = kind.equals("街道") ? "城区" : "镇区";
            towns.add(new SyntheticTown(twoSyllables(TOWN_SYLLABLES, t, seed + index) + kind, locality));
        }
        List<SyntheticSchool> schools = new ArrayList<>();
        String parent = null;
        for (int s = 0; s < size; s++) {
            SchoolType type = s < FIRST_TYPES.size() ? FIRST_TYPES.get(s) : drawType(random);
            if (type == SchoolType.TEACHING_POINT && parent == null) {
                type = SchoolType.PRIMARY_SCHOOL;
            }
            SyntheticTown town = towns.get(s % townCount);
            String schoolCode = code + String.format("%04d", s + 1);
            boolean central = s < townCount;
            String locality = town.locality().equals("城区") ? "城区" : (central ? "镇区" : "乡村");
            boolean privateSchool = s >= FIRST_TYPES.size() && random.nextInt(100) < 6
                    && type != SchoolType.TEACHING_POINT && type != SchoolType.SPECIAL_EDUCATION;
            String schoolName = name + town.name() + schoolName(type, s, random);
            schools.add(new SyntheticSchool(schoolCode, schoolName, type,
                    type == SchoolType.TEACHING_POINT ? parent : null, code, town.name(), locality,
                    privateSchool ? "民办" : "公办", locality.equals("乡村") && random.nextInt(3) == 0,
                    1950 + random.nextInt(70), random.nextLong()));
            if (type == SchoolType.PRIMARY_SCHOOL || type == SchoolType.NINE_YEAR) {
                parent = schoolCode;
            }
        }
        return new SyntheticCounty(code, name, towns, schools);
    }

    /** National shares of school types, roughly: most are primary schools and teaching points. */
    private static SchoolType drawType(Random random) {
        int draw = random.nextInt(100);
        if (draw < 52) {
            return SchoolType.PRIMARY_SCHOOL;
        } else if (draw < 70) {
            return SchoolType.TEACHING_POINT;
        } else if (draw < 86) {
            return SchoolType.JUNIOR_SCHOOL;
        } else if (draw < 95) {
            return SchoolType.NINE_YEAR;
        } else if (draw < 98) {
            return SchoolType.COMPLETE_SECONDARY;
        } else if (draw < 99) {
            return SchoolType.TWELVE_YEAR;
        }
        return SchoolType.SPECIAL_EDUCATION;
    }

    /** A school's own name; the position makes it unique within its town. */
    private static String schoolName(SchoolType type, int position, Random random) {
        String number = "第" + (position + 1) + "号";
        return switch (type) {
            case PRIMARY_SCHOOL -> PRIMARY_NAMES[random.nextInt(PRIMARY_NAMES.length)].replace("小学", number + "小学");
            case TEACHING_POINT -> number + "教学点";
            case JUNIOR_SCHOOL -> number + JUNIOR_NAMES[random.nextInt(JUNIOR_NAMES.length)];
            case NINE_YEAR -> number + "九年制学校";
            case TWELVE_YEAR -> number + "实验学校";
            case COMPLETE_SECONDARY -> number + "完全中学";
            case SPECIAL_EDUCATION -> number + "特殊教育学校";
        };
    }

    /** Two characters picked by index, different for every index below the table's size squared. */
    private static String twoSyllables(String table, int index, long seed) {
        int n = table.length();
        int shifted = (int) Math.floorMod(index + seed * 7919, (long) n * n);
        return "" + table.charAt(shifted % n) + table.charAt((shifted / n + shifted % n) % n);
    }

    record SyntheticTown(String name, String locality) {
    }

    record SyntheticCounty(String code, String name, List<SyntheticTown> towns, List<SyntheticSchool> schools) {
    }

    /** One school of the registry; {@code seed} drives its figures, so they do not depend on the order written. */
    record SyntheticSchool(String code, String name, SchoolType type, String parent, String county, String town,
                           String locality, String ownership, boolean boarding, int founded, long seed) {

        boolean isPublic() {
            return ownership.equals("公办");
        }
    }
}
