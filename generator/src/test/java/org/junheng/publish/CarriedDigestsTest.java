package org.junheng.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.junheng.render.PageCache;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A carried-over data file takes its digest from the last build's {@code SHA256SUMS} only when that
 * list and the file are both as the last build wrote them and the staged file is the published one.
 */
class CarriedDigestsTest {

    /** Not the digest of anything: a digest read from the list, never worked out from a file. */
    private static final String LISTED = "ab".repeat(32);

    @TempDir
    Path temp;
    private Path published;
    private Path staged;

    @BeforeEach
    void twoOutputs() throws IOException {
        published = Files.createDirectories(temp.resolve("out/data"));
        staged = Files.createDirectories(temp.resolve("staging/data"));
        Files.writeString(published.resolve(Sha256Sums.FILE), LISTED + "  2024/linked.csv\n" + LISTED + "  2024/copied.csv\n");
        for (String name : new String[] {"linked.csv", "copied.csv"}) {
            Files.createDirectories(published.resolve("2024"));
            Files.writeString(published.resolve("2024/" + name), "year,code\n");
        }
        Files.createDirectories(staged.resolve("2024"));
        Files.createLink(staged.resolve("2024/linked.csv"), published.resolve("2024/linked.csv"));
        Files.copy(published.resolve("2024/copied.csv"), staged.resolve("2024/copied.csv"));
    }

    @Test
    void aFileLinkedFromTheLastBuildKeepsTheDigestItsListGave() {
        CarriedDigests digests = CarriedDigests.of(cache(Set.of("data/SHA256SUMS", "data/2024/linked.csv",
                "data/2024/copied.csv")));

        assertThat(digests.of("2024/linked.csv", staged("2024/linked.csv"))).contains(LISTED);
        assertThat(digests.of("2024/copied.csv", staged("2024/copied.csv"))).as("a copy, not the published file").isEmpty();
        assertThat(digests.of("2024/unlisted.csv", staged("2024/linked.csv"))).isEmpty();
    }

    @Test
    void nothingIsTakenFromAListOrAFileChangedSinceTheLastBuild() throws IOException {
        BasicFileAttributes linked = staged("2024/linked.csv");
        assertThat(CarriedDigests.of(cache(Set.of("data/2024/linked.csv"))).of("2024/linked.csv", linked))
                .as("the list edited since").isEmpty();
        assertThat(CarriedDigests.of(cache(Set.of("data/SHA256SUMS"))).of("2024/linked.csv", linked))
                .as("the file edited since").isEmpty();
        assertThat(CarriedDigests.of(PageCache.NONE).of("2024/linked.csv", linked)).as("no cache").isEmpty();
    }

    private BasicFileAttributes staged(String path) {
        return attributes(staged.resolve(path));
    }

    private static BasicFileAttributes attributes(Path file) {
        try {
            return Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A cache in which only {@code asWritten} (output paths) are as the last build wrote them: what it
     * recorded of each is the published file's identity, size and modification time now.
     */
    private PageCache cache(Set<String> asWritten) {
        Path out = published.getParent();
        return new PageCache() {
            @Override
            public Optional<Path> previous(String path, String key) {
                boolean sums = path.equals("data/SHA256SUMS") && key.equals(CarriedDigests.SUMS_KEY);
                return sums && asWritten.contains(path) ? Optional.of(out.resolve(path)) : Optional.empty();
            }

            @Override
            public boolean published(String path, BasicFileAttributes attributes) {
                if (!asWritten.contains(path)) {
                    return false;
                }
                BasicFileAttributes recorded = attributes(out.resolve(path));
                return Objects.equals(recorded.fileKey(), attributes.fileKey()) && recorded.size() == attributes.size()
                        && recorded.lastModifiedTime().equals(attributes.lastModifiedTime());
            }
        };
    }
}
