package org.junheng.render;

import org.junheng.content.Document;

/** The site-relative addresses of pages, for the stages after rendering (feeds, sitemaps, calendars). */
public final class PageUrls {

    private PageUrls() {
    }

    public static String document(Document document) {
        return DisclosurePages.url(document);
    }

    public static String school(String code) {
        return SchoolPages.url(code);
    }

    public static String disclosures() {
        return "disclosures/";
    }

    public static String enrollmentYear(int year) {
        return EnrollmentPages.yearUrl(year);
    }

    public static String enrollmentCalendar(int year) {
        return EnrollmentPages.calendarUrl(year);
    }
}
