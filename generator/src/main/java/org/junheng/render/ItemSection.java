package org.junheng.render;

import java.util.List;

/** One part of the county assessment (government guarantee, quality, recognition, veto). */
public record ItemSection(String anchor, String title, Status status, List<ItemRow> items) {

    public ItemSection {
        items = List.copyOf(items);
    }
}
