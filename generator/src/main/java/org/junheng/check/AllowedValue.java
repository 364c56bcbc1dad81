package org.junheng.check;

import org.junheng.content.SourceLocation;

/**
 * A value the site has decided may be published although it looks like personal data (for
 * example a bureau's public service mobile number), with the reason it recorded, from
 * {@code privacy.allow} in {@code site-config.yml}.
 */
public record AllowedValue(String value, String reason, SourceLocation source) {
}
