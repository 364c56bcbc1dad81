package org.junheng.content;

import java.util.Optional;

/** A consultation or complaint channel: who answers, on which office landline, when. */
public record ContactChannel(String purpose, String name, String phone, Optional<String> hours,
                             SourceLocation source) {
}
