package org.junheng.render;

import java.util.List;

/** Documents of one year, newest first. */
public record YearGroup(String year, String label, List<DocumentCard> documents) {

    public YearGroup {
        documents = List.copyOf(documents);
    }
}
