package org.junheng.render;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junheng.content.Content;
import org.junheng.content.Document;
import org.junheng.content.Partnership;
import org.junheng.content.Project;
import org.junheng.files.Sha256;
import org.junheng.parallel.Parallel;

/**
 * What the pages of one county can read, as two digests: the site-wide inputs, and that county's
 * own content. Rendering reads nothing but the site, the content, the standards and the results
 * (which for a county follow from its own content and the standards alone), the options and the
 * theme; so a page of one county — a school's profile, the county's assessment and indicator
 * pages — which reads its county's share of the content and results and site-wide things only,
 * makes the same model as long as these digests are the same. A one-school change then makes
 * the models of that county's pages again, not those of every county.
 *
 * <p>A county's own content is what belongs to it and to no other county: its schools'
 * statistics, its assessment inputs, and the documents, projects and partnerships that name its
 * schools only. Everything else is site-wide, so that an edit to it keys every county's pages
 * afresh: the registry of schools (a profile names its parent school, its teaching points and its
 * partners, which may be in another county), enrollment, corrections, the counties, and documents
 * naming schools of two counties or none, or cited by a project of another county (a project's
 * view names the documents it cites). Each digest covers the records whole, places in their files
 * included. A page that reads site-wide inputs only, such as a year's zones, is keyed by the
 * site-wide digest alone.
 */
final class CountyScopes {

    /** Stands for the school of a project that has none, which is no county's alone. */
    private static final String NO_SCHOOL = "";

    private final byte[] siteWide;
    private final Map<String, byte[]> counties;

    private CountyScopes(byte[] siteWide, Map<String, byte[]> counties) {
        this.siteWide = siteWide;
        this.counties = counties;
    }

    /** The scopes of {@code data} rendered with {@code options}, digested on {@code threads} threads. */
    static CountyScopes of(SiteData data, RenderOptions options, int threads) {
        Content content = data.content();
        Map<String, String> countyOfSchool = new HashMap<>();
        content.schoolsByCode().forEach((code, school) -> countyOfSchool.put(code, school.countyCode()));
        Map<String, List<Object>> own = new TreeMap<>();
        List<Object> shared = new ArrayList<>(List.of(data.site(), data.standards(), options, content.counties(),
                content.schools(), content.enrollment(), content.corrections(), content.aboutHtml()));
        content.statistics().forEach(row -> place(Optional.ofNullable(countyOfSchool.get(row.schoolCode())),
                row, own, shared));
        content.countyInputs().forEach(inputs -> place(Optional.of(inputs.countyCode()), inputs, own, shared));
        // a project's view names the documents it cites: they belong to a county only with the projects citing them
        Map<String, List<Optional<String>>> citedBy = new HashMap<>();
        content.projects().forEach(project -> project.evidence().forEach(slug ->
                citedBy.computeIfAbsent(slug, s -> new ArrayList<>()).add(project.schoolCode())));
        for (Document document : content.documents()) {
            Stream<String> citing = citedBy.getOrDefault(document.slug(), List.of()).stream()
                    .map(school -> school.orElse(NO_SCHOOL));
            place(onlyCounty(Stream.concat(document.schoolCodes().stream(), citing), countyOfSchool), document, own,
                    shared);
        }
        for (Project project : content.projects()) {
            place(onlyCounty(project.schoolCode().stream(), countyOfSchool), project, own, shared);
        }
        for (Partnership partnership : content.partnerships()) {
            place(onlyCounty(Stream.concat(Stream.of(partnership.leadCode()), partnership.memberCodes().stream()),
                    countyOfSchool), partnership, own, shared);
        }
        // each county's share and each site-wide part digested on any of the threads
        List<Object> parts = new ArrayList<>(shared);
        parts.addAll(own.values());
        List<byte[]> digests = Parallel.map(threads, parts, ModelDigest::bytesOfValue);
        MessageDigest siteWide = Sha256.digest();
        digests.subList(0, shared.size()).forEach(siteWide::update);
        Map<String, byte[]> byCounty = new HashMap<>();
        int at = shared.size();
        for (String county : own.keySet()) {
            byCounty.put(county, digests.get(at++));
        }
        return new CountyScopes(siteWide.digest(), byCounty);
    }

    /**
     * The input key of {@code page}, a page of county {@code countyCode} alone (a school's profile,
     * the county's assessment and indicator pages) in the language whose interface {@code language}
     * digests: the site-wide digest, that of the county (none when it has no content of its own),
     * the language's, and the page's address and template.
     */
    String key(String countyCode, byte[] language, Page page) {
        return key(counties.getOrDefault(countyCode, new byte[0]), language, page, countyCode);
    }

    /**
     * The input key of {@code page}, a page that reads site-wide inputs only (the zones of a school
     * year: the enrollment and the registry), in the language whose interface {@code language} digests.
     */
    String siteWideKey(byte[] language, Page page) {
        return key(new byte[0], language, page, "site");
    }

    private String key(byte[] county, byte[] language, Page page, String scope) {
        MessageDigest sha = Sha256.digest();
        sha.update(siteWide);
        sha.update(county);
        sha.update(language);
        sha.update((page.path() + "\n" + page.template() + "\n" + scope).getBytes(StandardCharsets.UTF_8));
        return "inputs:" + page.template() + ":" + HexFormat.of().formatHex(sha.digest());
    }

    private static void place(Optional<String> county, Object item, Map<String, List<Object>> own,
                              List<Object> shared) {
        if (county.isPresent()) {
            own.computeIfAbsent(county.get(), code -> new ArrayList<>()).add(item);
        } else {
            shared.add(item);
        }
    }

    /** The one county all these schools are in; empty if there are none, or they are in several, or one is unknown. */
    private static Optional<String> onlyCounty(Stream<String> schoolCodes, Map<String, String> countyOfSchool) {
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
        return !unknown[0] && found.size() == 1 ? Optional.of(found.iterator().next()) : Optional.empty();
    }
}
