package org.junheng.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import org.junheng.publish.DemoBuild;
import org.junheng.site.PreviewServer;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * The demo county, built once and served on 127.0.0.1 in a section of a portal, with one browser
 * session with JavaScript and one without, each started on first use and shared by every browser
 * test of the run. Tests extended with {@link Resolver} ask for it as a parameter.
 */
final class BrowserSuite implements AutoCloseable {

    /** A section of a county portal, so that every link is proved relative. */
    private static final String SECTION = "/jyj/junheng/";

    private final Path site;
    private final PreviewServer server;
    private Browser withJavaScript;
    private Browser withoutJavaScript;

    private BrowserSuite(Path site) throws IOException {
        this.site = site;
        this.server = new PreviewServer(site, 0, SECTION);
        server.start();
    }

    /** The built site's folder. */
    Path output() {
        return site;
    }

    /** Where the site is served, ending in "/". */
    URI address() {
        return server.address();
    }

    synchronized Browser withJavaScript() {
        if (withJavaScript == null) {
            withJavaScript = new Browser(address(), true);
        }
        return withJavaScript;
    }

    synchronized Browser withoutJavaScript() {
        if (withoutJavaScript == null) {
            withoutJavaScript = new Browser(address(), false);
        }
        return withoutJavaScript;
    }

    /** Called by JUnit once the whole run is over. */
    @Override
    public synchronized void close() {
        try (PreviewServer serving = server; Browser first = withJavaScript; Browser second = withoutJavaScript) {
            withJavaScript = null;
            withoutJavaScript = null;
        }
    }

    /**
     * Hands every test the one suite of the run, kept in the run's root store so JUnit closes it at
     * the end. Without Chromium the test class is skipped before any of it runs, or fails in CI.
     */
    static final class Resolver implements BeforeAllCallback, ParameterResolver {

        @Override
        public void beforeAll(ExtensionContext context) {
            Chromium.requireInstalled();
        }

        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            return parameter.getParameter().getType() == BrowserSuite.class;
        }

        @Override
        public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
            return context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                    .getOrComputeIfAbsent(BrowserSuite.class, key -> start(), BrowserSuite.class);
        }

        private static BrowserSuite start() {
            try {
                return new BrowserSuite(DemoBuild.output());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
