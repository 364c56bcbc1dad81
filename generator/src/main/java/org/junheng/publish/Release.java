package org.junheng.publish;

import java.time.LocalDate;
import java.util.List;

/**
 * One published release of the open data: its version and date, which table files (paths
 * relative to {@code /data/}) it added, removed or changed since the release before, which of
 * those changed their columns, and the corrections it first carries.
 *
 * @param first whether no earlier release was found in the output it replaced
 */
public record Release(String version, LocalDate date, boolean first, List<String> added, List<String> removed,
                      List<String> changed, List<String> columnsChanged, List<CorrectionNote> corrections) {

    public Release {
        added = List.copyOf(added);
        removed = List.copyOf(removed);
        changed = List.copyOf(changed);
        columnsChanged = List.copyOf(columnsChanged);
        corrections = List.copyOf(corrections);
    }
}
