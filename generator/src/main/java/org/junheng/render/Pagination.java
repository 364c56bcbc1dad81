package org.junheng.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One page of a list cut into pages of {@link #SIZE}: the first at the list's own address, the
 * {@code n}th at {@code page/n/} under it. A portal's year of documents can run to thousands; each
 * page then stays the size of one page of the list, and every document stays a link away.
 *
 * @param firstUrl the address of the list's first page, relative to the site root
 * @param number   this page's number, from 1
 * @param count    how many pages the list has
 */
record Pagination(String firstUrl, int number, int count) {

    static final int SIZE = 50;
    /** Pages linked on each side of the current one; the first and last are always linked. */
    private static final int AROUND = 2;

    /** Every page of a list of {@code items}: one, even for an empty list. */
    static List<Pagination> of(String firstUrl, int items) {
        int count = Math.max(1, (items + SIZE - 1) / SIZE);
        List<Pagination> all = new ArrayList<>();
        for (int number = 1; number <= count; number++) {
            all.add(new Pagination(firstUrl, number, count));
        }
        return all;
    }

    String url() {
        return url(number);
    }

    private String url(int page) {
        return page == 1 ? firstUrl : firstUrl + "page/" + page + "/";
    }

    /** This page's share of {@code items}. */
    <T> List<T> slice(List<T> items) {
        return items.subList(Math.min(items.size(), (number - 1) * SIZE), Math.min(items.size(), number * SIZE));
    }

    /**
     * The page links for a template: {@code position} ("page 2 of 5"), {@code previous} and
     * {@code next} where there are such pages, and {@code pages}: the {@link #links()}.
     */
    Map<String, Object> view(PageFactory pages) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("position", pages.label("pagination.position", "n", number, "count", count));
        if (number > 1) {
            view.put("previous", url(number - 1));
        }
        if (number < count) {
            view.put("next", url(number + 1));
        }
        view.put("pages", links());
        return view;
    }

    /** The first page, the last and those around this one, with a gap where numbers are left out. */
    List<PageLink> links() {
        List<PageLink> links = new ArrayList<>();
        int last = 0;
        for (int page = 1; page <= count; page++) {
            if (page == 1 || page == count || Math.abs(page - number) <= AROUND) {
                if (page > last + 1) {
                    links.add(new PageLink("", "", false, true));
                }
                links.add(new PageLink(String.valueOf(page), url(page), page == number, false));
                last = page;
            }
        }
        return links;
    }

    /** A link to one page of the list, or a gap where pages are left out. */
    public record PageLink(String label, String url, boolean current, boolean gap) {
    }
}
