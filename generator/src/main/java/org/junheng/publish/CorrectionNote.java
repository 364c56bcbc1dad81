package org.junheng.publish;

import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;
import org.junheng.content.Correction;

/** A declared correction as the change log records it (without where it was declared). */
public record CorrectionNote(LocalDate date, String table, OptionalInt year, Optional<String> school, String what,
                             String why) {

    static CorrectionNote of(Correction correction) {
        return new CorrectionNote(correction.date(), correction.table(), correction.year(), correction.school(),
                correction.what(), correction.why());
    }

    /** The file the correction concerns, relative to {@code /data/}, when it names a year. */
    public Optional<String> file() {
        return year.isPresent() ? Optional.of(year.getAsInt() + "/" + table + ".csv") : Optional.empty();
    }
}
