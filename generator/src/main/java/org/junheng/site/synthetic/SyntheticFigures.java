package org.junheng.site.synthetic;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.junheng.content.SchoolType;
import org.junheng.content.Stage;
import org.junheng.site.synthetic.SyntheticRegistry.SyntheticSchool;

/**
 * One school's yearly statistics: plausible sizes for its type and locality, every count
 * consistent with the others (classes, largest class, teacher subsets), and a steady
 * growth or decline from year to year.
 */
final class SyntheticFigures {

    static final List<String> STAGE_COLUMNS = List.of("students", "classes", "largest_class", "teachers",
            "teachers_above_degree", "backbone_teachers", "pe_teachers", "music_teachers", "art_teachers",
            "mid_senior_title_teachers");
    static final List<String> SCHOOL_COLUMNS = List.of("teaching_area", "sports_ground_area", "sports_hall_area",
            "equipment_value", "multimedia_classrooms", "computers", "books", "music_rooms", "music_room_min_area",
            "art_rooms", "art_room_min_area");

    private SyntheticFigures() {
    }

    static String header() {
        List<String> columns = new ArrayList<>(List.of("year", "code"));
        for (Stage stage : Stage.values()) {
            STAGE_COLUMNS.forEach(column -> columns.add(stage.key() + "_" + column));
        }
        columns.addAll(SCHOOL_COLUMNS);
        return String.join(",", columns);
    }

    /** The school's row for {@code year}, {@code yearsFromLatest} years before the latest (0 for the latest). */
    static String row(SyntheticSchool school, int year, int yearsFromLatest) {
        Random random = new Random(school.seed());
        double growth = 1 - (random.nextDouble() * 0.08 - 0.03) * yearsFromLatest;
        Set<Stage> stages = stages(school.type());
        StringBuilder row = new StringBuilder().append(year).append(',').append(school.code());
        int students = 0;
        int classes = 0;
        for (Stage stage : Stage.values()) {
            if (stages.contains(stage)) {
                int[] figures = stage(school, stage, random, growth);
                students += figures[0];
                classes += figures[1];
                for (int figure : figures) {
                    row.append(',').append(figure);
                }
            } else {
                row.append(",".repeat(STAGE_COLUMNS.size()));
            }
        }
        facilities(school, students, classes, random, growth, row);
        return row.toString();
    }

    /** A special-education school reports the stages it teaches; every other type the stages it has. */
    private static Set<Stage> stages(SchoolType type) {
        return type == SchoolType.SPECIAL_EDUCATION ? EnumSet.of(Stage.PRIMARY, Stage.JUNIOR) : type.stages();
    }

    /** Students, classes, largest class, teachers and the six teacher subsets, in the column order. */
    private static int[] stage(SyntheticSchool school, Stage stage, Random random, double growth) {
        double[] sizes = sizes(school, stage);
        int students = Math.max(3, (int) Math.round((sizes[0] + random.nextDouble() * (sizes[1] - sizes[0])) * growth));
        double averageClass = sizes[2] + random.nextDouble() * (sizes[3] - sizes[2]);
        int classes = Math.max(1, (int) Math.ceil(students / averageClass));
        int largest = Math.min(students, (int) Math.ceil((double) students / classes) + random.nextInt(5));
        double perTeacher = sizes[4] + random.nextDouble() * 4;
        int teachers = Math.max(1, (int) Math.round(students / perTeacher));
        int aboveDegree = (int) Math.round(teachers * (0.85 + random.nextDouble() * 0.15));
        int backbone = (int) Math.round(teachers * (0.05 + random.nextDouble() * 0.25));
        int arts = teachers >= 6 ? Math.max(1, teachers / 14) : 0;
        int pe = teachers >= 3 ? Math.max(1, teachers / 12) : 0;
        int midSenior = (int) Math.round(teachers * (0.3 + random.nextDouble() * 0.3));
        return new int[] {students, classes, largest, teachers, aboveDegree, backbone, pe, arts, arts, midSenior};
    }

    /** Students from, students to, average class from, to, and students per teacher (plus up to 4). */
    private static double[] sizes(SyntheticSchool school, Stage stage) {
        boolean urban = school.locality().equals("城区");
        boolean rural = school.locality().equals("乡村");
        if (school.type() == SchoolType.SPECIAL_EDUCATION) {
            return stage == Stage.PRIMARY ? new double[] {30, 80, 6, 9, 2.5} : new double[] {15, 40, 6, 9, 2.5};
        }
        if (school.type() == SchoolType.TEACHING_POINT) {
            return new double[] {8, 45, 5, 12, 6};
        }
        return switch (stage) {
            case PRIMARY -> urban ? new double[] {900, 2400, 40, 45, 16} : rural
                    ? new double[] {80, 450, 20, 35, 10} : new double[] {500, 1300, 35, 44, 14};
            case JUNIOR -> urban ? new double[] {800, 2000, 42, 50, 11} : rural
                    ? new double[] {150, 500, 30, 45, 9} : new double[] {400, 1200, 40, 48, 10};
            case SENIOR -> new double[] {600, 1500, 45, 52, 11};
        };
    }

    private static void facilities(SyntheticSchool school, int students, int classes, Random random, double growth,
                                   StringBuilder row) {
        double size = Math.max(students, 40);
        int teachingArea = (int) Math.round(size * (4.5 + random.nextDouble() * 5) / Math.max(growth, 0.8));
        int sportsGround = (int) Math.round(size * (5 + random.nextDouble() * 7));
        int sportsHall = school.locality().equals("城区") ? 600 + random.nextInt(2400) : 0;
        double equipment = Math.round(size * (0.15 + random.nextDouble() * 0.3) * 100) / 100.0;
        int multimedia = classes + random.nextInt(5);
        int computers = Math.max(2, (int) (size / (5 + random.nextInt(8))));
        int books = (int) Math.round(size * (20 + random.nextDouble() * 30));
        int musicRooms = Math.max(1, classes / 24 + random.nextInt(2));
        int artRooms = Math.max(1, classes / 24 + random.nextInt(2));
        row.append(',').append(teachingArea).append(',').append(sportsGround).append(',').append(sportsHall)
                .append(',').append(String.format(Locale.ROOT, "%.2f", equipment)).append(',').append(multimedia)
                .append(',').append(computers).append(',').append(books)
                .append(',').append(musicRooms).append(',').append(60 + random.nextInt(50))
                .append(',').append(artRooms).append(',').append(60 + random.nextInt(50));
    }
}
