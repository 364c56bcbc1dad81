package org.junheng.content;

/** Errors stop a build; warnings are reported and the build goes on. */
public enum Severity {
    ERROR,
    WARNING
}
