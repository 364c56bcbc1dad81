package org.junheng.render;

/** What rendering produced: pages rendered and files written in all (pages, assets, attachments). */
public record RenderedSite(int pages, int files) {
}
