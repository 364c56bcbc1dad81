package org.junheng.site;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A digest of the generator's own code and built-in theme — the jar it runs from, or its classes
 * folder during development — so that nothing cached by a different generator is ever reused,
 * whatever its version number says.
 */
final class GeneratorCode {

    private static String digest;

    private GeneratorCode() {
    }

    static synchronized String digest() {
        if (digest == null) {
            Path location = location();
            Digest code = new Digest();
            digest = (Files.isDirectory(location) ? code.tree(location) : code.file(location)).hex();
        }
        return digest;
    }

    private static Path location() {
        try {
            return Path.of(GeneratorCode.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot find the generator's own code", e);
        }
    }
}
