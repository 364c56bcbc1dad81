package org.junheng.content;

/**
 * A file attached to a document. {@code sitePath} is its path relative to the site folder;
 * {@code fileName} is the URL-safe name it is published under.
 */
public record Attachment(String title, String sitePath, String fileName, long sizeBytes, String format) {
}
