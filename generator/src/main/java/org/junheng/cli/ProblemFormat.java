package org.junheng.cli;

/** Report formats: text for people, github for CI annotations, json for tools. */
enum ProblemFormat {
    TEXT,
    GITHUB,
    JSON
}
