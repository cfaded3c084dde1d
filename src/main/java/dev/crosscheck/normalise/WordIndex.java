package dev.crosscheck.normalise;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** One pass over a text: where each word (a run of ASCII letters, lower-cased) and each digit stands. */
final class WordIndex {
  private final String text;
  private final WordTable table;
  /** Where each word of the table stands, by its number. */
  private final List<Positions> wordPositions = new ArrayList<>();
  /** Several patterns share openers (every number-led one), so each set is looked up once per text. */
  private final Map<Openers, int[]> starts = new IdentityHashMap<>();
  private final Positions numerals = new Positions();
  private final Positions decimalPoints = new Positions();
  private final Positions otherDigits = new Positions();
  /** Every run of letters or of digits in order: its start, end and word number (-1 for digits), for {@link Reach}. */
  private final Positions runStarts = new Positions();
  private final Positions runEnds = new Positions();
  private final Positions runWords = new Positions();
  private final Map<Reach, int[]> reachFrom = new IdentityHashMap<>();

  WordIndex(String text) {
    this.text = text;
    // read from an array: charAt on a text with any non-Latin-1 character is a call per character until compiled
    char[] chars = text.toCharArray();
    this.table = new WordTable(text, chars);
    int n = chars.length;
    int i = 0;
    while (i < n) {
      char c = chars[i];
      if (letter(c)) {
        int j = i + 1;
        while (j < n && letter(chars[j])) {
          j++;
        }
        int word = table.add(i, j);
        if (word == wordPositions.size()) {
          wordPositions.add(new Positions());
        }
        wordPositions.get(word).add(i);
        run(i, j, word);
        i = j;
      } else {
        boolean runStart = i == 0 || !wordChar(chars[i - 1]);
        if (digit(c)) {
          (runStart ? numerals : otherDigits).add(i);
          if (i == 0 || !digit(chars[i - 1])) {
            int j = i + 1;
            while (j < n && digit(chars[j])) {
              j++;
            }
            run(i, j, -1);
          }
        } else if (c == '.' && runStart && i + 1 < n && digit(chars[i + 1])) {
          decimalPoints.add(i);
        }
        i++;
      }
    }
  }

  private void run(int start, int end, int word) {
    runStarts.add(start);
    runEnds.add(end);
    runWords.add(word);
  }

  /** The openers from which one of the reach's required words can be reached, ascending. */
  int[] starts(Openers openers, Reach reach) {
    int[] required = starts(reach.required());
    if (required.length == 0) {
      return required;
    }
    int[] all = starts(openers);
    int[] from = reachFrom.computeIfAbsent(reach, r -> reachedFrom(required, r));
    int[] kept = new int[all.length];
    int n = 0;
    int k = 0;
    for (int s : all) {
      while (k < required.length && required[k] < s) {
        k++;
      }
      if (k == required.length) {
        break;
      }
      if (from[k] <= s) {
        kept[n++] = s;
      }
    }
    return n == all.length ? all : Arrays.copyOf(kept, n);
  }

  /**
   * For each required position, the earliest start a match holding it can have: walking back over the
   * reach's words, digit runs and separators. Made a suffix minimum, so the first required position at
   * or after an opener tells whether any is reachable from it. Linear: a walk that meets the previous
   * walk's start goes no further than it did.
   */
  private int[] reachedFrom(int[] required, Reach reach) {
    int[] from = new int[required.length];
    int run = 0;
    int previousRun = -1;
    int previousFrom = 0;
    for (int r = 0; r < required.length; r++) {
      int u = required[r];
      while (run < runStarts.size && runStarts.values[run] < u) {
        run++;
      }
      int lo = u;
      int last = run - 1;
      if (last >= 0 && runEnds.values[last] > u) {
        lo = runStarts.values[last--]; // a position inside a run: the run is part of the match
      }
      int gapEnd = lo;
      for (int j = last; j >= 0; j--) {
        if (!crossed(reach, runEnds.values[j], gapEnd)) {
          break;
        }
        if (j == previousRun - 1) {
          lo = Math.min(lo, previousFrom);
          break;
        }
        int word = runWords.values[j];
        if (word < 0 ? !reach.digits() : !reach.words().contains(table.word(word))) {
          break;
        }
        lo = runStarts.values[j];
        gapEnd = lo;
      }
      previousRun = run;
      previousFrom = lo;
      from[r] = lo;
    }
    for (int r = required.length - 1; r >= 0; r--) {
      int lo = from[r];
      while (lo > 0 && reach.crosses(text.charAt(lo - 1))) {
        lo--;
      }
      from[r] = r + 1 < required.length ? Math.min(lo, from[r + 1]) : lo;
    }
    return from;
  }

  private boolean crossed(Reach reach, int from, int to) {
    for (int k = from; k < to; k++) {
      if (!reach.crosses(text.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  /** Every position where one of the openers stands, ascending, each once. */
  int[] starts(Openers openers) {
    return starts.computeIfAbsent(openers, this::find);
  }

  private int[] find(Openers openers) {
    Positions out = new Positions();
    for (String w : openers.words()) {
      Positions at = positions(w);
      if (at != null) {
        out.addAll(at);
      }
    }
    for (String w : openers.wordsAfterSpace()) {
      Positions at = positions(w);
      if (at != null) {
        for (int k = 0; k < at.size; k++) {
          int p = at.values[k];
          if (p > 0 && whitespace(text.charAt(p - 1))) {
            out.add(p - 1);
          }
        }
      }
    }
    openers.wordsBefore().forEach((w, next) -> {
      Positions at = positions(w);
      if (at != null) {
        for (int k = 0; k < at.size; k++) {
          int p = at.values[k];
          if (followedBy(p + w.length(), next)) {
            out.add(p);
          }
        }
      }
    });
    switch (openers.digits()) {
      case NONE -> { }
      case NUMERALS -> out.addAll(numerals);
      case DECIMAL_POINTS -> out.addAll(decimalPoints);
      case NUMERALS_AND_DECIMAL_POINTS -> {
        out.addAll(numerals);
        out.addAll(decimalPoints);
      }
      case EVERY -> {
        out.addAll(numerals);
        out.addAll(otherDigits);
      }
    }
    String chars = openers.chars();
    for (int k = 0; k < chars.length(); k++) {
      for (int p = text.indexOf(chars.charAt(k)); p >= 0; p = text.indexOf(chars.charAt(k), p + 1)) {
        out.add(p);
      }
    }
    String signs = openers.signs();
    for (int k = 0; k < signs.length(); k++) {
      for (int p = text.indexOf(signs.charAt(k)); p >= 0; p = text.indexOf(signs.charAt(k), p + 1)) {
        if (p == 0 || !wordChar(text.charAt(p - 1)) && openers.signNotAfter().indexOf(text.charAt(p - 1)) < 0) {
          out.add(p);
        }
      }
    }
    return out.sortedDistinct();
  }

  private @Nullable Positions positions(String word) {
    int id = table.id(word);
    return id < 0 ? null : wordPositions.get(id);
  }

  /** One whitespace character at {@code at}, then a whole run of letters that is one of {@code next}. */
  private boolean followedBy(int at, Set<String> next) {
    if (at >= text.length() || !whitespace(text.charAt(at))) {
      return false;
    }
    int end = at + 1;
    while (end < text.length() && letter(text.charAt(end))) {
      end++;
    }
    return end > at + 1 && next.contains(lowerCase(text, at + 1, end));
  }

  private static String lowerCase(String text, int from, int to) {
    for (int k = from; k < to; k++) {
      if (text.charAt(k) < 'a') {
        return text.substring(from, to).toLowerCase(Locale.ROOT);
      }
    }
    return text.substring(from, to);
  }

  private static boolean digit(char c) {
    return c >= '0' && c <= '9';
  }

  /** What {@code \w} matches without UNICODE_CHARACTER_CLASS. */
  private static boolean wordChar(char c) {
    return letter(c) || digit(c) || c == '_';
  }

  private static boolean letter(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
  }

  /** What {@code \s} matches without UNICODE_CHARACTER_CLASS. */
  private static boolean whitespace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
  }

  /** A growable list of positions, to keep the index free of boxed integers. */
  private static final class Positions {
    private int[] values = new int[4];
    private int size;
    /** Every value so far was greater than the one before, so no sort is needed. */
    private boolean ascending = true;

    void add(int p) {
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      if (size > 0 && values[size - 1] >= p) {
        ascending = false;
      }
      values[size++] = p;
    }

    void addAll(Positions other) {
      for (int k = 0; k < other.size; k++) {
        add(other.values[k]);
      }
    }

    int[] sortedDistinct() {
      if (ascending) {
        return Arrays.copyOf(values, size);
      }
      int[] sorted = Arrays.copyOf(values, size);
      Arrays.sort(sorted);
      int n = 0;
      for (int k = 0; k < sorted.length; k++) {
        if (n == 0 || sorted[n - 1] != sorted[k]) {
          sorted[n++] = sorted[k];
        }
      }
      return n == sorted.length ? sorted : Arrays.copyOf(sorted, n);
    }
  }
}
