package org.junheng.publish;

/**
 * A table as written under {@code /data/}: paths relative to {@code /data/} of its canonical CSV,
 * Excel CSV and JSON files, its row count, and the canonical file's size, digest and header line.
 */
record PublishedTable(TableSchema schema, String folder, String csv, String excel, String json, int rows, long bytes,
                      String sha256, String header) {
}
