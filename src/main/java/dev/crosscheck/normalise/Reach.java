package dev.crosscheck.normalise;

import java.util.Collection;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * What may stand in a match before the first of the words it requires: these words, runs of digits if
 * {@code digits}, {@link #SEPARATORS} and the characters in {@code marks}. A pattern with a reach
 * ({@link Gated#near}) is tried only at openers from which a required word is reached across nothing
 * else, so a common opener ("the", "a", a number) far from any required word costs no attempt. List every
 * word a match can hold before its required word: a missing one loses matches silently.
 */
record Reach(Openers required, Set<String> words, boolean digits, String marks) {
  /** Whitespace as {@code \\s} reads it, hyphens, commas, dots and the spaces inside digit groups. */
  static final String SEPARATORS = " \t\n\u000B\f\r-,.\u00a0\u2009\u202f";

  Reach {
    Objects.requireNonNull(required, "required");
    Objects.requireNonNull(marks, "marks");
    words = Set.copyOf(words);
    for (String w : words) {
      if (!w.matches("[a-z]+")) {
        throw new IllegalArgumentException("a reach word is lower-case ASCII letters: " + w);
      }
    }
  }

  /** Matches that hold one of these; as yet with nothing before it. */
  static Reach to(Openers required) {
    return new Reach(required, Set.of(), false, "");
  }

  /** The same reach, which may also cross these words (lower case; any case in the text). */
  Reach across(Collection<String> more) {
    Set<String> all = new HashSet<>(words);
    all.addAll(more);
    return new Reach(required, all, digits, marks);
  }

  Reach across(String... more) {
    return across(Set.of(more));
  }

  /** The same reach, which may also cross runs of digits. */
  Reach acrossDigits() {
    return new Reach(required, words, true, marks);
  }

  /** The same reach, which may also cross these characters. */
  Reach acrossMarks(String more) {
    return new Reach(required, words, digits, marks + more);
  }

  boolean crosses(char c) {
    return SEPARATORS.indexOf(c) >= 0 || marks.indexOf(c) >= 0;
  }
}
