package org.junheng.cli;

/** Exit codes, as documented in the README. */
final class ExitCodes {

    static final int OK = 0;
    static final int CONTENT_ERRORS = 1;
    static final int USAGE_OR_CONFIGURATION = 2;
    static final int FAILURE = 3;

    private ExitCodes() {
    }
}
