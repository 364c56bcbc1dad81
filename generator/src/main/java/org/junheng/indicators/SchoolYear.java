package org.junheng.indicators;

import org.junheng.content.School;
import org.junheng.content.SchoolStatistics;

/** A school with its statistics for the year being assessed. */
record SchoolYear(School school, SchoolStatistics statistics) {
}
