package org.junheng.publish;

import java.util.List;
import java.util.Optional;
import org.junheng.content.Content;

/** Content for tests that need only the published schemas, not rows. */
final class DemoContent {

    private DemoContent() {
    }

    static Content empty() {
        return new Content(List.of(), List.of(), List.of(), List.of(), List.of(), Optional.empty());
    }
}
