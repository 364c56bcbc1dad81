package org.junheng.render;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junheng.content.CellPlaces;
import org.junheng.content.Content;
import org.junheng.content.Document;
import org.junheng.content.Partnership;
import org.junheng.content.Project;
import org.junheng.files.Sha256;
import org.junheng.parallel.Parallel;

/**
 * The content in shares, each digested once per build: every record goes to one share by its
 * kind, the one county it belongs to (if any) and its school year (if any). The input keys of a
 * county's pages (see {@link CountyScopes}) and of a school year's open-data tables (publish's
 * {@code YearKeys}) are both made of these digests. Each used to digest the whole content by
 * itself, a second or more of a one-school rebuild at 10,000 schools between them.
 *
 * <p>A record belongs to a county when it concerns that county's schools and no other's: a
 * school's statistics, a county's assessment inputs, and the documents, projects and
 * partnerships that name its schools only. A document also belongs to no county when a project
 * of another county, or of no school, cites it (a project's view names the documents it cites).
 * Statistics, county inputs and enrollment have the school year they give; a document, the
 * school year its date falls in.
 */
public final class ContentShares {

    /** What a share holds, in the order shares are digested together. */
    public enum Kind {
        COUNTIES, SCHOOLS, STATISTICS, COUNTY_INPUTS, ENROLLMENT, DOCUMENTS, PROJECTS, PARTNERSHIPS, CORRECTIONS, ABOUT
    }

    /** A share's kind, county ({@link #NO_COUNTY} for none) and school year ({@link #NO_YEAR} for none). */
    public record Share(Kind kind, String county, int year) {

        public static final String NO_COUNTY = "";
        public static final int NO_YEAR = 0;

        private static final Comparator<Share> ORDER = Comparator.comparing(Share::kind)
                .thenComparing(Share::county).thenComparingInt(Share::year);

        public boolean ofACounty() {
            return !county.equals(NO_COUNTY);
        }
    }

    /** Stands for the school of a project that has none, which is no county's alone. */
    private static final String NO_SCHOOL = "";

    private final Content content;
    private SortedMap<Share, byte[]> digests;
    private Map<Document, String> documentCounties;

    private ContentShares(Content content) {
        this.content = content;
    }

    /** The shares of {@code content}, digested when first asked for. */
    public static ContentShares of(Content content) {
        return new ContentShares(content);
    }

    /**
     * One digest of every share {@code wanted} accepts, in share order, each named by its kind,
     * county and year: the same shares with the same records give the same digest.
     */
    public byte[] digest(Predicate<Share> wanted, int threads) {
        MessageDigest sha = Sha256.digest();
        digests(threads).forEach((share, digest) -> {
            if (wanted.test(share)) {
                add(sha, share, digest);
            }
        });
        return sha.digest();
    }

    /** For each county with a share, one digest of all its shares, in share order. */
    public Map<String, byte[]> byCounty(int threads) {
        Map<String, MessageDigest> byCounty = new TreeMap<>();
        digests(threads).forEach((share, digest) -> {
            if (share.ofACounty()) {
                add(byCounty.computeIfAbsent(share.county(), county -> Sha256.digest()), share, digest);
            }
        });
        Map<String, byte[]> digested = new HashMap<>();
        byCounty.forEach((county, sha) -> digested.put(county, sha.digest()));
        return digested;
    }

    private static void add(MessageDigest sha, Share share, byte[] digest) {
        sha.update((share.kind() + " " + share.county() + " " + share.year() + "\n").getBytes(StandardCharsets.UTF_8));
        sha.update(digest);
    }

    /** Each share's digest, made on {@code threads} threads the first time. */
    private synchronized SortedMap<Share, byte[]> digests(int threads) {
        if (digests == null) {
            Map<Share, List<Object>> shares = shares();
            List<Share> order = new ArrayList<>(shares.keySet());
            // by identity: every row of a table holds the same places, and records hash their maps anew each time
            Map<CellPlaces, byte[]> places = Collections.synchronizedMap(new IdentityHashMap<>());
            List<byte[]> digested = Parallel.map(threads, order,
                    share -> ModelDigest.bytesOfValue(shares.get(share), places));
            digests = new TreeMap<>(Share.ORDER);
            for (int i = 0; i < order.size(); i++) {
                digests.put(order.get(i), digested.get(i));
            }
        }
        return digests;
    }

    private Map<Share, List<Object>> shares() {
        Map<String, String> countyOfSchool = countyOfSchool();
        Map<Share, List<Object>> shares = new TreeMap<>(Share.ORDER);
        add(shares, Kind.COUNTIES, Share.NO_COUNTY, Share.NO_YEAR, content.counties());
        add(shares, Kind.SCHOOLS, Share.NO_COUNTY, Share.NO_YEAR, content.schools());
        content.statistics().forEach(row -> add(shares, Kind.STATISTICS,
                countyOfSchool.getOrDefault(row.schoolCode(), Share.NO_COUNTY), row.year(), row));
        content.countyInputs().forEach(inputs -> add(shares, Kind.COUNTY_INPUTS, inputs.countyCode(), inputs.year(),
                inputs));
        content.enrollment().forEach(year -> add(shares, Kind.ENROLLMENT, Share.NO_COUNTY, year.year(), year));
        for (Document document : content.documents()) {
            add(shares, Kind.DOCUMENTS, documentCounties().get(document), document.schoolYear(), document);
        }
        for (Project project : content.projects()) {
            add(shares, Kind.PROJECTS, onlyCounty(project.schoolCode().stream(), countyOfSchool), Share.NO_YEAR,
                    project);
        }
        for (Partnership partnership : content.partnerships()) {
            add(shares, Kind.PARTNERSHIPS, onlyCounty(Stream.concat(Stream.of(partnership.leadCode()),
                    partnership.memberCodes().stream()), countyOfSchool), Share.NO_YEAR, partnership);
        }
        add(shares, Kind.CORRECTIONS, Share.NO_COUNTY, Share.NO_YEAR, content.corrections());
        add(shares, Kind.ABOUT, Share.NO_COUNTY, Share.NO_YEAR, content.aboutHtml());
        return shares;
    }

    /**
     * The county whose share holds {@code document} ({@link Share#NO_COUNTY} for none): the one county
     * of the schools it names and of the projects that cite it. Its page reads that share and the
     * site-wide ones only (see {@link CountyScopes}).
     */
    public synchronized String countyOf(Document document) {
        return documentCounties().getOrDefault(document, Share.NO_COUNTY);
    }

    private Map<String, String> countyOfSchool() {
        Map<String, String> countyOfSchool = new HashMap<>();
        content.schools().forEach(school -> countyOfSchool.put(school.code(), school.countyCode()));
        return countyOfSchool;
    }

    /** Each document's county, worked out once: for its share, and for its page's input key. */
    private Map<Document, String> documentCounties() {
        if (documentCounties != null) {
            return documentCounties;
        }
        Map<String, String> countyOfSchool = countyOfSchool();
        Map<String, List<String>> citedBy = new HashMap<>();
        content.projects().forEach(project -> project.evidence().forEach(slug ->
                citedBy.computeIfAbsent(slug, s -> new ArrayList<>()).add(project.schoolCode().orElse(NO_SCHOOL))));
        Map<Document, String> counties = new IdentityHashMap<>();
        for (Document document : content.documents()) {
            Stream<String> schools = Stream.concat(document.schoolCodes().stream(),
                    citedBy.getOrDefault(document.slug(), List.of()).stream());
            counties.put(document, onlyCounty(schools, countyOfSchool));
        }
        documentCounties = counties;
        return counties;
    }

    private static void add(Map<Share, List<Object>> shares, Kind kind, String county, int year, Object item) {
        shares.computeIfAbsent(new Share(kind, county, year), share -> new ArrayList<>()).add(item);
    }

    /** The one county all these schools are in; none if there are none, or they are in several, or one is unknown. */
    private static String onlyCounty(Stream<String> schoolCodes, Map<String, String> countyOfSchool) {
        Set<String> found = new HashSet<>();
        boolean[] unknown = {false};
        schoolCodes.forEach(code -> {
            String county = countyOfSchool.get(code);
            if (county == null) {
                unknown[0] = true;
            } else {
                found.add(county);
            }
        });
        return !unknown[0] && found.size() == 1 ? found.iterator().next() : Share.NO_COUNTY;
    }
}
