package org.junheng.render;

/** A document as listed: title, address, type, publication date, number and summary. */
public record DocumentCard(String title, String url, String type, String date, String number, String summary) {
}
