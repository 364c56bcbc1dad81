package org.junheng.site;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.Properties;

/** The generator's version and source commit, as Maven stamped them into the jar. */
public final class Version {

    /** What {@link #commit()} says when the jar was built outside a git checkout. */
    public static final String UNKNOWN_COMMIT = "unknown";

    private Version() {
    }

    public static String current() {
        return stamp().map(p -> p.getProperty("version", "development")).orElse("development");
    }

    /** The abbreviated commit the jar was built from, with "-dirty" if the checkout had uncommitted changes. */
    public static String commit() {
        return stamp().map(Version::commit).orElse(UNKNOWN_COMMIT);
    }

    static String commit(Properties stamp) {
        String commit = stamp.getProperty("commit", "");
        // Maven leaves the placeholder in place when the build could not read a git repository.
        if (commit.isBlank() || commit.contains("${")) {
            return UNKNOWN_COMMIT;
        }
        return commit + ("true".equals(stamp.getProperty("dirty")) ? "-dirty" : "");
    }

    private static Optional<Properties> stamp() {
        try (InputStream in = Version.class.getResourceAsStream("/org/junheng/version.properties")) {
            if (in == null) {
                return Optional.empty();
            }
            Properties properties = new Properties();
            properties.load(in);
            return Optional.of(properties);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
