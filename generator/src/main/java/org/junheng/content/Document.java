package org.junheng.content;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** A disclosure document: government-document metadata, the schools it concerns, and its sanitised body. */
public record Document(
        String slug,
        String title,
        String type,
        LocalDate date,
        Optional<LocalDate> written,
        Optional<String> issuer,
        Optional<String> number,
        Optional<String> index,
        Optional<String> topic,
        List<String> schoolCodes,
        List<Attachment> attachments,
        String summary,
        String bodyHtml,
        SourceLocation source) {

    public Document {
        schoolCodes = List.copyOf(schoolCodes);
        attachments = List.copyOf(attachments);
    }
}
