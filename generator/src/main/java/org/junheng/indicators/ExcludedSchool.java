package org.junheng.indicators;

import java.util.OptionalInt;

import org.junheng.content.School;

/** A school left out of L1–L7 and the CVs (special education, vocational, small 教学点), and why. */
public record ExcludedSchool(School school, OptionalInt students, Text reason) {
}
