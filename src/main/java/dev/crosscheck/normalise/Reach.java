package dev.crosscheck.normalise;

import java.util.Objects;
import java.util.Set;

/**
 * What may stand in a match before the first of the words it requires: these words, runs of digits if
 * {@code digits}, and {@link #SEPARATORS}. A pattern with a reach ({@link Gated#near}) is tried only at
 * openers from which a required word is reached across nothing else, so a common opener ("the", "a", a
 * number) far from any required word costs no attempt. List every word a match can hold before its
 * required word: a missing one loses matches silently.
 */
record Reach(Openers required, Set<String> words, boolean digits) {
  /** Whitespace as {@code \\s} reads it, hyphens, commas, dots and the spaces inside digit groups. */
  static final String SEPARATORS = " \t\n\u000B\f\r-,.\u00a0\u2009\u202f";

  Reach {
    Objects.requireNonNull(required, "required");
    words = Set.copyOf(words);
    for (String w : words) {
      if (!w.matches("[a-z]+")) {
        throw new IllegalArgumentException("a reach word is lower-case ASCII letters: " + w);
      }
    }
  }

  /** The same reach with more words. */
  Reach or(Set<String> more) {
    return new Reach(required, union(words, more), digits);
  }

  Reach or(String... more) {
    return or(Set.of(more));
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    java.util.Set<String> out = new java.util.HashSet<>(a);
    out.addAll(b);
    return out;
  }
}
