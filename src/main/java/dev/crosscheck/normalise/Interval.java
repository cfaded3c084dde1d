package dev.crosscheck.normalise;

/** The set of values an expression allows; two expressions can both be true only if theirs overlap. */
public sealed interface Interval permits DateInterval, NumberInterval {

  /** True when some value lies in both intervals; intervals of different kinds never overlap. */
  boolean overlaps(Interval other);
}
