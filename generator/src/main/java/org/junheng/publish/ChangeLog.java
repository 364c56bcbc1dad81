package org.junheng.publish;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every release of the open data, newest first, kept in {@code /data/changelog.json} and carried
 * from build to build: a build compares its table files with those of the output it replaces
 * and adds a release only when a table file or the declared corrections changed, so building
 * the same inputs again leaves {@code /data/} byte for byte as it was.
 *
 * <p>Versions count like semantic versions: a table removed or its columns changed is a new
 * major version (readers' scripts may break), a table added a minor one, changed rows a patch.
 */
public record ChangeLog(List<Release> releases) {

    static final String FILE = "changelog.json";
    private static final Pattern VERSION = Pattern.compile("(\\d+)\\.(\\d+)\\.(\\d+)");

    public ChangeLog {
        releases = List.copyOf(releases);
        if (releases.isEmpty()) {
            throw new IllegalArgumentException("a change log has at least the current release");
        }
    }

    public Release current() {
        return releases.get(0);
    }

    /**
     * The change log after this build.
     *
     * @param tables      this build's table files (path relative to /data/ → SHA-256)
     * @param header      reads the header line of one of this build's table files (only changed ones are read)
     * @param previous    what the output being replaced had published, if anything
     */
    static ChangeLog next(Map<String, String> tables, Function<String, String> header, List<CorrectionNote> corrections,
                          LocalDate date, Optional<PublishedBefore> previous) {
        if (previous.isEmpty()) {
            return new ChangeLog(List.of(new Release("1.0.0", date, true, tables.keySet().stream().sorted().toList(),
                    List.of(), List.of(), List.of(), corrections)));
        }
        PublishedBefore before = previous.get();
        Set<CorrectionNote> listed = new HashSet<>();
        before.changeLog().releases().forEach(r -> listed.addAll(r.corrections()));
        List<CorrectionNote> newCorrections = corrections.stream().filter(c -> !listed.contains(c)).toList();
        Map<String, String> old = before.tables();
        List<String> added = tables.keySet().stream().filter(p -> !old.containsKey(p)).sorted().toList();
        List<String> removed = old.keySet().stream().filter(p -> !tables.containsKey(p)).sorted().toList();
        List<String> changed = tables.keySet().stream()
                .filter(p -> old.containsKey(p) && !old.get(p).equals(tables.get(p))).sorted().toList();
        List<String> columnsChanged = changed.stream()
                .filter(p -> !before.header(p).equals(Optional.of(header.apply(p)))).toList();
        if (added.isEmpty() && removed.isEmpty() && changed.isEmpty() && newCorrections.isEmpty()) {
            return before.changeLog();
        }
        String version = bump(before.changeLog().current().version(),
                !removed.isEmpty() || !columnsChanged.isEmpty() ? 0 : !added.isEmpty() ? 1 : 2);
        List<Release> releases = new ArrayList<>();
        releases.add(new Release(version, date, false, added, removed, changed, columnsChanged, newCorrections));
        releases.addAll(before.changeLog().releases());
        return new ChangeLog(releases);
    }

    /** Increments the major (0), minor (1) or patch (2) number, zeroing those after it. */
    static String bump(String version, int position) {
        Matcher matcher = VERSION.matcher(version);
        int[] numbers = matcher.matches()
                ? new int[] {Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)),
                        Integer.parseInt(matcher.group(3))}
                : new int[] {1, 0, 0};
        numbers[position]++;
        for (int i = position + 1; i < 3; i++) {
            numbers[i] = 0;
        }
        return numbers[0] + "." + numbers[1] + "." + numbers[2];
    }

    ObjectNode json() {
        ObjectNode root = Json.object();
        ArrayNode list = root.putArray("releases");
        for (Release release : releases) {
            ObjectNode entry = list.addObject();
            entry.put("version", release.version());
            entry.put("date", release.date().toString());
            entry.put("first", release.first());
            strings(entry.putArray("added"), release.added());
            strings(entry.putArray("removed"), release.removed());
            strings(entry.putArray("changed"), release.changed());
            strings(entry.putArray("columns_changed"), release.columnsChanged());
            ArrayNode corrections = entry.putArray("corrections");
            for (CorrectionNote note : release.corrections()) {
                ObjectNode c = corrections.addObject();
                c.put("date", note.date().toString());
                c.put("table", note.table());
                if (note.year().isPresent()) {
                    c.put("year", note.year().getAsInt());
                } else {
                    c.putNull("year");
                }
                c.put("school", note.school().orElse(null));
                c.put("what", note.what());
                c.put("why", note.why());
            }
        }
        return root;
    }

    /** Reads a change log written by {@link #json()}; empty if it is missing or not understood. */
    static Optional<ChangeLog> parse(JsonNode root) {
        List<Release> releases = new ArrayList<>();
        try {
            for (JsonNode entry : root.path("releases")) {
                List<CorrectionNote> corrections = new ArrayList<>();
                for (JsonNode c : entry.path("corrections")) {
                    corrections.add(new CorrectionNote(LocalDate.parse(c.path("date").asText()), c.path("table").asText(),
                            c.path("year").isInt() ? OptionalInt.of(c.path("year").asInt()) : OptionalInt.empty(),
                            c.path("school").isTextual() ? Optional.of(c.path("school").asText()) : Optional.empty(),
                            c.path("what").asText(), c.path("why").asText()));
                }
                releases.add(new Release(entry.path("version").asText(), LocalDate.parse(entry.path("date").asText()),
                        entry.path("first").asBoolean(), strings(entry.path("added")), strings(entry.path("removed")),
                        strings(entry.path("changed")), strings(entry.path("columns_changed")), corrections));
            }
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
        return releases.isEmpty() ? Optional.empty() : Optional.of(new ChangeLog(releases));
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }
}
