package dev.crosscheck.normalise;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A pattern tried only where one of its openers stands. It finds exactly what {@code Matcher.find} over
 * the whole text finds, provided every match can begin only at an opener: each attempt sees the whole
 * text (transparent, non-anchoring bounds), and attempts go left to right from the end of the last match.
 * {@code required}, when set, lists words of which every match holds one (as a whole run of letters), so
 * no attempt is made after the last of them, nor at all in a text without one. {@code reach}, when set,
 * goes further: an attempt is made only where a required word can be reached ({@link Reach}).
 */
record Gated(Pattern pattern, Openers openers, @Nullable Openers required, @Nullable Reach reach) {
  private static final int[] NONE = {};

  Gated {
    Objects.requireNonNull(pattern, "pattern");
    Objects.requireNonNull(openers, "openers");
  }

  static Gated of(String regex, int flags, Openers openers) {
    return new Gated(Pattern.compile(regex, flags), openers, null, null);
  }

  /** The same pattern, tried only before the last of these words (each match holds one of them). */
  Gated requiring(Openers words) {
    return new Gated(pattern, openers, words, reach);
  }

  /**
   * The same pattern, tried only at openers from which one of the reach's required words can be reached
   * across the words it lists (each match holds one, with only those before it).
   */
  Gated near(Reach before) {
    return new Gated(pattern, openers, required, before);
  }

  static Gated of(String regex, Openers openers) {
    return of(regex, 0, openers);
  }

  /** The matches in the passage, left to right; the one matcher is returned each time, at the next match. */
  Iterable<Matcher> in(Passage passage) {
    String text = passage.text();
    int[] held = required == null ? null : passage.index().starts(required);
    int[] starts = held != null && held.length == 0 ? NONE // no required word: the openers need not be looked up
        : reach != null ? passage.index().starts(openers, reach) : passage.index().starts(openers);
    if (held != null) {
      int last = held.length == 0 ? -1 : held[held.length - 1];
      int n = 0;
      while (n < starts.length && starts[n] <= last) {
        n++;
      }
      starts = n == 0 ? NONE : java.util.Arrays.copyOf(starts, n);
    }
    int[] at = starts;
    return () -> new Iterator<>() {
      private final Matcher m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
      private int next;
      private int from;
      private Boolean ready;

      @Override
      public boolean hasNext() {
        if (ready == null) {
          ready = advance();
        }
        return ready;
      }

      @Override
      public Matcher next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        ready = null;
        return m;
      }

      private boolean advance() {
        while (next < at.length) {
          int start = at[next++];
          if (start < from) {
            continue;
          }
          m.region(start, text.length());
          if (m.lookingAt()) {
            from = m.end() == m.start() ? m.end() + 1 : m.end();
            return true;
          }
        }
        return false;
      }
    };
  }
}
