package dev.crosscheck.normalise;

import java.util.Objects;

/** Comparisons between normalised expressions, as the aligner needs them. */
public final class Expressions {
  private Expressions() {}

  /**
   * True when both expressions can be true of the same thing: same kind and unit, and their values
   * overlap. "May" and "May 6" are compatible; "over $60 billion" and "$50 billion" are not.
   */
  public static boolean compatible(Expression a, Expression b) {
    if (a.type() != b.type()) {
      return false;
    }
    if (!Objects.equals(a.unit(), b.unit())) {
      return false;
    }
    if (a.currency() != null && b.currency() != null && !a.currency().equals(b.currency())) {
      return false;
    }
    if (a.interval() != null && b.interval() != null) {
      return a.interval().overlaps(b.interval());
    }
    return a.type().isTemporal() && timexAgree(a.value(), b.value());
  }

  /** Unresolved TIMEX values: X matches anything, and a coarser value matches any finer one it starts. */
  static boolean timexAgree(String a, String b) {
    int common = Math.min(a.length(), b.length());
    for (int i = 0; i < common; i++) {
      char x = a.charAt(i);
      char y = b.charAt(i);
      if (x != y && x != 'X' && y != 'X') {
        return false;
      }
    }
    return true;
  }
}
