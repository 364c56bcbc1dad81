package org.junheng.render;

import java.util.List;

/** A county assessment item: what is required, what the county has, its status and its evidence. */
public record ItemRow(String code, String name, String requirement, String actual, Status status, String evidence,
                      List<String> findings) {

    public ItemRow {
        findings = List.copyOf(findings);
    }
}
