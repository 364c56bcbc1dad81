package org.junheng.site;

import java.nio.file.Path;
import java.util.List;

/**
 * The digest of everything a build's output depends on besides the output it replaces: the
 * generator and templates ({@code environment}), the options that change pages, every input
 * file's bytes, and the attachments, which may lie anywhere in the site folder. It is taken
 * from the files alone, before the content is read, so that an unchanged site is recognised
 * without loading it.
 */
final class InputDigest {

    private InputDigest() {
    }

    /** The digest of the configuration, {@code content/}, {@code assets/}, the options and the environment. */
    static String files(BuildOptions options, String environment) {
        Digest digest = new Digest().text(environment).text(options.baseUrl().orElse("(site's own)"))
                .text(options.buildDate().map(Object::toString).orElse("(from content)"))
                .file(options.site().resolve(SiteConfigLoader.FILE));
        for (String input : new String[] {"content", "assets"}) {
            digest.tree(options.site().resolve(input));
        }
        return digest.hex();
    }

    /**
     * {@code files} with the bytes of the attachments the documents name (site-relative paths).
     * Which attachments there are follows from the content, so an unchanged {@code files} digest
     * means an unchanged list.
     */
    static String withAttachments(String files, Path site, List<String> attachments) {
        Digest digest = new Digest().text(files);
        attachments.forEach(path -> digest.text(path).file(site.resolve(path)));
        return digest.hex();
    }
}
