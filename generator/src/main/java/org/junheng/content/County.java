package org.junheng.content;

/** A county-level unit (县, 县级市 or 市辖区): the unit every indicator is assessed for. */
public record County(String code, String name, String nameEn) {
}
