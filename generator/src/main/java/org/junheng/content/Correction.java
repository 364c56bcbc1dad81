package org.junheng.content;

import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A correction the publisher declares in {@code content/corrections.yml}: on {@code date} the
 * published {@code table} was corrected — {@code what} changed and {@code why}. {@code year} and
 * {@code school} narrow it to one school year or school when given. The open-data change log
 * lists it with the release that first carries it.
 */
public record Correction(LocalDate date, String table, OptionalInt year, Optional<String> school, String what,
                         String why, SourceLocation source) {
}
