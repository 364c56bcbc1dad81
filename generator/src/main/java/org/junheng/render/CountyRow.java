package org.junheng.render;

/**
 * A county on the home page of a portal of several: its name and overview address, its schools,
 * its students in its newest school year, and its latest verdict (null if it was never assessed);
 * each year is empty when it is the one its column is headed with.
 */
public record CountyRow(String name, String url, String schools, String students, String studentsYear,
                        Status verdict, String verdictYear) {
}
