package org.junheng.files;

import java.io.Closeable;
import java.io.IOException;

/** Closing what was only read from, or what a failure is already being reported for. */
public final class Closing {

    private Closing() {
    }

    /**
     * Closes {@code closeable}, if there is one, ignoring a failure to: it was only read from, so a
     * failed close loses nothing, or another failure is already on its way.
     */
    public static void quietly(Closeable closeable) {
        if (closeable == null) {
            return;
        }
        try {
            closeable.close();
        } catch (IOException ignored) {
            // see above
        }
    }
}
