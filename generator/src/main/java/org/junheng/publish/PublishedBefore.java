package org.junheng.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junheng.files.KeyTable;

/**
 * What the output a build replaces had published under {@code /data/}: its table files' digests
 * (from its {@code SHA256SUMS}) and its change log. Read before the new build is swapped in;
 * an output without both (a first build, or one from before open data) has published nothing.
 */
record PublishedBefore(Path folder, Map<String, String> tables, ChangeLog changeLog) {

    /** What {@code dataFolder} published; its {@code SHA256SUMS} taken from {@code known} if that was read already. */
    static Optional<PublishedBefore> read(Path dataFolder, Optional<KeyTable> known) {
        Path sums = dataFolder.resolve(Sha256Sums.FILE);
        Path log = dataFolder.resolve(ChangeLog.FILE);
        if (!Files.isRegularFile(sums) || !Files.isRegularFile(log)) {
            return Optional.empty();
        }
        try {
            Optional<ChangeLog> changeLog = ChangeLog.parse(Json.parse(Files.readAllBytes(log)));
            if (changeLog.isEmpty()) {
                return Optional.empty();
            }
            KeyTable tables = tableFiles(known.isPresent() ? known.get() : Sha256Sums.read(sums));
            return Optional.of(new PublishedBefore(dataFolder, tables, changeLog.get()));
        } catch (IOException | RuntimeException e) {
            // an unreadable previous output is treated as none: the worst outcome is a log that starts afresh
            return Optional.empty();
        }
    }

    /** The canonical table files among all data files: the year folders' and the charts' CSVs, not their copies. */
    static KeyTable tableFiles(Map<String, String> sums) {
        KeyTable.Builder tables = new KeyTable.Builder();
        sums.forEach((path, digest) -> {
            if (path.endsWith(".csv") && !path.endsWith(DataFiles.EXCEL_SUFFIX) && !path.startsWith(DataFiles.LATEST + "/")) {
                tables.add(path, digest);
            }
        });
        return tables.build(false);
    }

    /** The header line of a table file as it was published, if it can still be read. */
    Optional<String> header(String path) {
        Path file = folder.resolve(path).normalize();
        return file.startsWith(folder) ? DataFiles.header(file) : Optional.empty();
    }
}
