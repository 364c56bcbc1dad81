package org.junheng.render;

/** A downloadable attachment: its title, site-relative address, format and size. */
public record AttachmentView(String title, String url, String format, String size) {
}
