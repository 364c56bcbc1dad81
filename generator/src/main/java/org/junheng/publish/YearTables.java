package org.junheng.publish;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junheng.content.Problem;
import org.junheng.files.Closing;
import org.junheng.parallel.Parallel;

/**
 * Publishes the tables of one school year after another, oldest first: taken from the build cache
 * when the year's inputs are what they were (see {@link CarriedYears}), else made a source at a
 * time — so that no more than one source's tables are held — checked for small counts of children,
 * written, and kept for the next build. The rows each school's {@code data.json} gathers go to
 * {@code schoolRows} either way.
 */
final class YearTables {

    private final DataCatalogue catalogue;
    private final DataFiles files;
    private final DownloadGuard guard;
    private final SchoolRows schoolRows;
    private final CarriedYears carriedYears;
    private final Map<Integer, String> keys;
    private final Map<String, TableSchema> schemas = new HashMap<>();
    private final int threads;
    private final List<Integer> carried = new ArrayList<>();

    YearTables(DataCatalogue catalogue, DataFiles files, DownloadGuard guard, SchoolRows schoolRows,
               CarriedYears carriedYears, Map<Integer, String> keys, int threads) {
        this.catalogue = catalogue;
        this.files = files;
        this.guard = guard;
        this.schoolRows = schoolRows;
        this.carriedYears = carriedYears;
        this.keys = keys;
        this.threads = threads;
        catalogue.schemas().forEach(schema -> schemas.put(schema.name(), schema));
    }

    /**
     * Publishes the year's tables, adding each to {@code published} and what the checks find to
     * {@code problems}; once there is a problem, the remaining tables are only checked.
     */
    void publish(int year, List<PublishedTable> published, List<Problem> problems) {
        String folder = String.valueOf(year);
        Optional<CarriedYears.Year> kept = problems.isEmpty()
                ? carriedYears.read(keys.get(year), schoolRows.schools()) : Optional.empty();
        Optional<List<PublishedTable>> taken = kept.isEmpty() || carriedYears.verify() ? Optional.empty()
                : files.carryYear(folder, kept.get().tables(), schemas);
        if (taken.isPresent()) {
            published.addAll(taken.get());
            schoolRows.addCarried(kept.get().segments(), kept.get().rows(), kept.get().start(), schemas);
            catalogue.forEachSource(year, threads, SchoolRows::keptWhole, schoolRows::add);
            carried.add(year);
            return;
        }
        kept.ifPresent(k -> Closing.quietly(k.rows()));
        SchoolRows.Mark mark = schoolRows.mark();
        List<CarriedYears.Entry> entries = new ArrayList<>();
        catalogue.forEachSource(year, threads, tables -> {
            tables.forEach(t -> problems.addAll(guard.check(year + "/" + t.name() + ".csv", t)));
            if (problems.isEmpty()) {
                List<DataFiles.Pending> pending = Parallel.map(threads, tables, table -> files.prepare(folder, table));
                Parallel.forEach(threads, pending.stream().flatMap(p -> p.writes().stream()).toList(), Runnable::run);
                for (DataFiles.Pending p : pending) {
                    PublishedTable table = p.published().get();
                    published.add(table);
                    entries.add(CarriedYears.Entry.of(p.key(), table));
                }
                schoolRows.add(tables);
            }
        });
        if (problems.isEmpty()) {
            kept.ifPresent(k -> carriedYears.verified(year, k.tables(), entries));
            carriedYears.write(keys.get(year), entries, schoolRows, mark);
        }
    }

    /** The years taken from the build cache so far. */
    List<Integer> carried() {
        return List.copyOf(carried);
    }

    /** Lets go of the kept years that no year now has the key of. */
    void pruneCache() {
        carriedYears.prune(keys.values());
    }
}
