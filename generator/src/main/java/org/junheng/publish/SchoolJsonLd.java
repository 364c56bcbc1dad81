package org.junheng.publish;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junheng.content.Content;
import org.junheng.content.County;
import org.junheng.content.School;
import org.junheng.render.PageUrls;
import org.junheng.render.ProfileSections;
import org.junheng.render.SiteInfo;

/**
 * schema.org {@code School} JSON-LD for each school profile, from the registry's public facts
 * only: name, other names, identification code, address, office phone, website, founding year
 * and location. Nothing about any person.
 */
public final class SchoolJsonLd implements ProfileSections {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final SiteAddress address;
    private final Map<String, County> counties = new LinkedHashMap<>();

    public SchoolJsonLd(SiteInfo site, Content content) {
        this.address = SiteAddress.of(site);
        content.counties().forEach(county -> counties.put(county.code(), county));
    }

    @Override
    public Map<String, Object> forSchool(School school) {
        return Map.of("jsonLd", jsonLd(school));
    }

    String jsonLd(School school) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("@context", "https://schema.org");
        data.put("@type", "School");
        data.put("name", school.name());
        if (!school.aliases().isEmpty()) {
            data.put("alternateName", school.aliases());
        }
        data.put("identifier", school.code());
        if (address.absolute()) {
            data.put("url", address.absolute(PageUrls.school(school.code())));
        }
        Map<String, Object> postal = new LinkedHashMap<>();
        postal.put("@type", "PostalAddress");
        school.address().ifPresent(street -> postal.put("streetAddress", street));
        postal.put("addressLocality", school.town());
        County county = counties.get(school.countyCode());
        if (county != null) {
            postal.put("addressRegion", county.name());
        }
        postal.put("addressCountry", "CN");
        data.put("address", postal);
        school.phone().ifPresent(phone -> data.put("telephone", phone));
        school.website().filter(w -> w.startsWith("http://") || w.startsWith("https://"))
                .ifPresent(website -> data.put("sameAs", website));
        school.founded().ifPresent(year -> data.put("foundingDate", Integer.toString(year)));
        school.coordinates().ifPresent(point -> {
            Map<String, Object> geo = new LinkedHashMap<>();
            geo.put("@type", "GeoCoordinates");
            geo.put("latitude", point.latitude());
            geo.put("longitude", point.longitude());
            data.put("geo", geo);
        });
        try {
            // the JSON sits inside a <script> element: no "</" may end it early
            return JSON.writeValueAsString(data).replace("</", "<\\/");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
