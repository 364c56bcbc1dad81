package org.junheng.content;

import java.time.LocalDate;
import java.util.List;

/**
 * A school year's enrollment policy ({@code content/enrollment/{year}/policy.md}): its text,
 * the documents that announce it, the materials parents bring and the channels they can call.
 */
public record EnrollmentPolicy(String title, LocalDate date, List<String> documentSlugs, List<String> materials,
                               List<ContactChannel> channels, String bodyHtml, SourceLocation source) {

    public EnrollmentPolicy {
        documentSlugs = List.copyOf(documentSlugs);
        materials = List.copyOf(materials);
        channels = List.copyOf(channels);
    }
}
