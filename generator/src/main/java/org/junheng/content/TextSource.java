package org.junheng.content;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Reads a content file as text, reporting an unreadable or wrongly encoded file as a problem. */
@FunctionalInterface
interface TextSource {

    Optional<String> read(Path file, List<Problem> problems);
}
