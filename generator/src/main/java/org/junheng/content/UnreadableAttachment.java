package org.junheng.content;

/** Why an attachment's contents cannot be read, and so cannot be checked, in words for the person who made it. */
final class UnreadableAttachment extends Exception {

    private final String fix;

    UnreadableAttachment(String message, String fix, Throwable cause) {
        super(message, cause);
        this.fix = fix;
    }

    /** What to do so that it can be read. */
    String fix() {
        return fix;
    }
}
