package org.junheng.render;

/** School years are named by the year they start in; pages show both years. */
public final class SchoolYears {

    private SchoolYears() {
    }

    public static String label(int startYear) {
        return startYear + "—" + (startYear + 1) + "学年";
    }
}
