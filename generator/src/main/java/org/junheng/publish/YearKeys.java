package org.junheng.publish;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import org.junheng.content.Content;
import org.junheng.content.CountyInputs;
import org.junheng.content.Document;
import org.junheng.content.EnrollmentYear;
import org.junheng.content.SchoolStatistics;
import org.junheng.files.Sha256;
import org.junheng.parallel.Parallel;
import org.junheng.render.ModelDigest;

/**
 * The input key of each school year's open-data tables: what they can be made from, so that a year
 * whose key is unchanged takes its tables from the last build instead of making them again.
 *
 * <p>A year's tables are made from the content, the assessments (which follow from the content and
 * the standards), the suppression threshold and which years are published and assessed. Of the
 * content, only the statistics, county inputs, enrollment and documents belong to a school year.
 * A year's key covers the statistics, county inputs and enrollment of that year and of every
 * earlier one (a CV is compared with the year before, a zone with last year's), the documents of
 * that year only (they reach no table but their year's list of documents), and everything else
 * whole — the registry, counties, projects, partnerships, corrections — so that editing the newest
 * year's statistics or an old document leaves the keys of the other years as they were, and
 * editing anything not of one year changes every key. {@code context} stands for the rest: the
 * generator's code and the standards the assessments used.
 */
final class YearKeys {

    private YearKeys() {
    }

    static Map<Integer, String> of(Content content, String context, SortedSet<Integer> years,
                                   SortedSet<Integer> assessed, int suppressionThreshold, int excelRows, int threads) {
        Map<Integer, List<Object>> byYear = new TreeMap<>();
        Map<Integer, List<Object>> documents = new TreeMap<>();
        years.forEach(year -> byYear.put(year, new ArrayList<>()));
        years.forEach(year -> documents.put(year, new ArrayList<>()));
        List<Object> whole = new ArrayList<>(List.of(content.counties(), content.schools(), content.projects(),
                content.partnerships(), content.corrections(), content.aboutHtml()));
        for (SchoolStatistics row : content.statistics()) {
            place(row.year(), row, byYear, whole);
        }
        for (CountyInputs inputs : content.countyInputs()) {
            place(inputs.year(), inputs, byYear, whole);
        }
        for (EnrollmentYear enrollment : content.enrollment()) {
            place(enrollment.year(), enrollment, byYear, whole);
        }
        for (Document document : content.documents()) {
            place(DocumentData.schoolYear(document.date()), document, documents, whole);
        }
        List<Object> parts = new ArrayList<>();
        parts.add(whole);
        parts.addAll(byYear.values());
        parts.addAll(documents.values());
        List<String> digests = Parallel.map(threads, parts, part -> ModelDigest.of(Map.of("part", part)));

        MessageDigest common = Sha256.digest();
        update(common, context + "\n" + suppressionThreshold + "\n" + excelRows + "\n" + years + "\n" + assessed
                + "\n" + digests.get(0));
        byte[] commonDigest = common.digest();
        Map<Integer, String> keys = new HashMap<>();
        MessageDigest upTo = Sha256.digest();
        upTo.update(commonDigest);
        int at = 1;
        int documentsAt = 1 + byYear.size();
        for (int year : byYear.keySet()) {
            update(upTo, "\n" + year + ":" + digests.get(at++));
            try {
                MessageDigest key = (MessageDigest) upTo.clone();
                update(key, "\ndocuments:" + digests.get(documentsAt++));
                keys.put(year, year + "-" + HexFormat.of().formatHex(key.digest()));
            } catch (CloneNotSupportedException e) {
                throw new IllegalStateException("SHA-256 cannot be cloned here", e);
            }
        }
        return keys;
    }

    /** Puts an item of {@code year} with its year, or with what belongs to no year if the year is not published. */
    private static void place(int year, Object item, Map<Integer, List<Object>> byYear, List<Object> whole) {
        List<Object> list = byYear.get(year);
        (list != null ? list : whole).add(item);
    }

    private static void update(MessageDigest digest, String text) {
        digest.update(text.getBytes(StandardCharsets.UTF_8));
    }
}
