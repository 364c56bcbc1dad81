package org.junheng.render;

/** A county's row on a portal's projects page: its projects, the completed and overdue ones, and their budget. */
public record CountyProjects(String name, String url, String projects, String done, String overdue, String budget) {
}
