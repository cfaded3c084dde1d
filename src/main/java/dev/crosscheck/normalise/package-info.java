/**
 * Normalisation: finds dates, durations and quantities in text and gives each an exact, comparable value.
 * Pure: no files, no clock, no randomness; the reference date is always passed in.
 */
@NullMarked
package dev.crosscheck.normalise;

import org.jspecify.annotations.NullMarked;
