package dev.crosscheck.normalise;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a pattern's matches can begin with: whole words (runs of ASCII letters, any case), any digit, or
 * one of a few characters. A pattern is only tried where one of these stands ({@link Gated}), because
 * trying its alternations of words at every position is what normalisation spent its time on.
 * Listing too much costs time; listing too little loses matches, so list every way a match can start.
 */
final class Openers {
  /**
   * A digit that begins a run of word characters (nothing of [A-Za-z0-9_] before it): where a pattern
   * starting with {@code \\b} or {@code (?<![\\w...])} before its digits can begin.
   */
  static final Openers NUMERALS = new Openers(Set.of(), Set.of(), Map.of(), Digits.NUMERALS, "", "", "");
  /** Any digit, for a pattern with nothing before its digits ("\\d{1,3} years old" matches in "1234 years old"). */
  static final Openers EVERY_DIGIT = new Openers(Set.of(), Set.of(), Map.of(), Digits.EVERY, "", "", "");
  /** A "." before a digit with no word character before it (".5"). */
  static final Openers DECIMAL_POINTS = new Openers(Set.of(), Set.of(), Map.of(), Digits.DECIMAL_POINTS, "", "", "");

  /** Which digit positions open a match. */
  enum Digits { NONE, NUMERALS, DECIMAL_POINTS, NUMERALS_AND_DECIMAL_POINTS, EVERY;

    Digits or(Digits other) {
      if (this == other || other == NONE) {
        return this;
      }
      if (this == NONE) {
        return other;
      }
      return this == EVERY || other == EVERY ? EVERY : NUMERALS_AND_DECIMAL_POINTS;
    }
  }
  private static final Pattern FRAGMENT_CLUTTER = Pattern.compile("\\(\\?(?::|<\\w+>)|\\)|\\\\b|\\\\\\.\\?");
  private static final Pattern PLAIN_WORD = Pattern.compile("[a-z]+(s\\?)?");

  private final Set<String> words;
  private final Set<String> wordsAfterSpace;
  /** Words that open a match only before one whitespace character and one of the words mapped to them. */
  private final Map<String, Set<String>> wordsBefore;
  private final Digits digits;
  private final String chars;
  /** Characters that open a match only where no word character nor one of {@code signNotAfter} stands before. */
  private final String signs;
  private final String signNotAfter;

  private Openers(Set<String> words, Set<String> wordsAfterSpace, Map<String, Set<String>> wordsBefore, Digits digits,
      String chars, String signs, String signNotAfter) {
    this.signs = signs;
    this.signNotAfter = signNotAfter;
    this.words = Set.copyOf(words);
    this.wordsAfterSpace = Set.copyOf(wordsAfterSpace);
    this.wordsBefore = Map.copyOf(wordsBefore);
    this.digits = digits;
    this.chars = chars;
  }

  /** Matches starting with one of these words (lower case; the pattern's own case rules still apply). */
  static Openers words(Collection<String> words) {
    return words(words.toArray(String[]::new));
  }

  static Openers words(String... words) {
    for (String w : words) {
      if (!w.matches("[a-z]+")) {
        throw new IllegalArgumentException("an opener word is lower-case ASCII letters: " + w);
      }
    }
    return new Openers(Set.of(words), Set.of(), Map.of(), Digits.NONE, "", "", "");
  }

  /**
   * Matches starting with {@code word} only where one whitespace character and one of {@code next} (a
   * whole run of letters, any case) follow it: "a" opens a number only in "a dozen", "a hundred".
   */
  static Openers wordBefore(String word, String... next) {
    words(word);
    words(next);
    return new Openers(Set.of(), Set.of(), Map.of(word, Set.of(next)), Digits.NONE, "", "", "");
  }

  /**
   * The words of a regex fragment that is only an alternation of words, such as {@code
   * "(?:monday|tuesday)\\b"} or {@code "(?<unit>days?|weeks?)"}; anything else is refused, so an opener
   * list cannot silently fall behind the fragment it is read from.
   */
  static Openers wordsOf(String fragment) {
    Set<String> out = new HashSet<>();
    for (String alternative : FRAGMENT_CLUTTER.matcher(fragment).replaceAll("").split("\\|")) {
      Matcher m = PLAIN_WORD.matcher(alternative);
      if (!m.matches()) {
        throw new IllegalArgumentException("not a plain alternation of words: " + fragment);
      }
      String word = m.group(1) == null ? alternative : alternative.substring(0, alternative.length() - 2);
      out.add(word);
      if (m.group(1) != null) {
        out.add(word + "s");
      }
    }
    return words(out.toArray(String[]::new));
  }

  /**
   * Matches starting with one of these characters where no word character nor one of {@code notAfter}
   * stands before it: a sign, as in {@code "(?<![\\w.,-])-"}, not the hyphen of "well-known".
   */
  static Openers signs(String chars, String notAfter) {
    return new Openers(Set.of(), Set.of(), Map.of(), Digits.NONE, "", chars, notAfter);
  }

  /** Matches starting with one of these characters. */
  static Openers chars(String chars) {
    return new Openers(Set.of(), Set.of(), Map.of(), Digits.NONE, chars, "", "");
  }

  Openers or(Openers other) {
    Set<String> w = new HashSet<>(words);
    w.addAll(other.words);
    Set<String> s = new HashSet<>(wordsAfterSpace);
    s.addAll(other.wordsAfterSpace);
    StringBuilder c = new StringBuilder(chars);
    other.chars.chars().filter(ch -> chars.indexOf(ch) < 0).forEach(ch -> c.append((char) ch));
    Map<String, Set<String>> b = new HashMap<>(wordsBefore);
    other.wordsBefore.forEach((word, next) -> b.merge(word, next, (x, y) -> {
      Set<String> both = new HashSet<>(x);
      both.addAll(y);
      return both;
    }));
    if (!signs.isEmpty() && !other.signs.isEmpty() && !signNotAfter.equals(other.signNotAfter)) {
      throw new IllegalArgumentException("signs with different characters before them: " + signs + ", " + other.signs);
    }
    return new Openers(w, s, b, digits.or(other.digits), c.toString(), signs + other.signs,
        signs.isEmpty() ? other.signNotAfter : signNotAfter);
  }

  Openers or(String... words) {
    return or(words(words));
  }

  /** Matches that may also start at the whitespace just before one of these words ({@code "\\b\\s?week"}). */
  Openers orSpaceBefore(String... words) {
    Set<String> s = new HashSet<>(wordsAfterSpace);
    s.addAll(words(words).words);
    return new Openers(this.words, s, wordsBefore, digits, chars, signs, signNotAfter);
  }

  Set<String> words() {
    return words;
  }

  Set<String> wordsAfterSpace() {
    return wordsAfterSpace;
  }

  Map<String, Set<String>> wordsBefore() {
    return wordsBefore;
  }

  Digits digits() {
    return digits;
  }

  String chars() {
    return chars;
  }

  String signs() {
    return signs;
  }

  String signNotAfter() {
    return signNotAfter;
  }
}
