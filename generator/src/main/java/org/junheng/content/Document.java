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
        type = Interned.of(type);
        schoolCodes = List.copyOf(schoolCodes);
        attachments = List.copyOf(attachments);
    }

    /** The school year the document belongs to, by its date: 2024 runs from 1 September 2024 to 31 August 2025. */
    public int schoolYear() {
        return date.getMonthValue() >= 9 ? date.getYear() : date.getYear() - 1;
    }
}
