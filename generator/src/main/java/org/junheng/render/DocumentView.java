package org.junheng.render;

import java.util.List;

/** A document page: the government-document metadata block, the sanitised body, attachments and schools. */
public record DocumentView(String title, String type, List<Fact> metadata, String languageNote, String bodyHtml,
                           List<AttachmentView> attachments, List<Link> schools) {

    public DocumentView {
        metadata = List.copyOf(metadata);
        attachments = List.copyOf(attachments);
        schools = List.copyOf(schools);
    }
}
