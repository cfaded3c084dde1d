package dev.crosscheck.normalise;

/** The time a sentence talks about, relative to when it was written. */
public enum Tense {
  PAST,
  PRESENT,
  FUTURE,
  UNKNOWN
}
