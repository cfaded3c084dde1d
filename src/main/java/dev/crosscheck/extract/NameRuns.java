package dev.crosscheck.extract;

/**
 * The runs of capitalised words {@link Actors#NAME} matches, found by a scan: the same runs at the same offsets,
 * for a fraction of what the regex costs (it tries a lookbehind at every character of every sentence).
 * Use: {@code while (runs.find()) { runs.start() … runs.end() }}, like a {@link java.util.regex.Matcher} over a region.
 */
final class NameRuns {
  /** Capitalised words a run holds after its first: {@code {0,5}} in the pattern. */
  private static final int MORE_WORDS = 5;

  private final String text;
  private final int from;
  private final int to;
  private int at;
  private int start = -1;
  private int end = -1;

  /** The runs in [from, to) of {@code text}, which, as in a region, cannot see outside it. */
  NameRuns(String text, int from, int to) {
    this.text = text;
    this.from = from;
    this.to = to;
    this.at = from;
  }

  boolean find() {
    for (int i = at; i < to; i++) {
      int n = upperAt(i);
      if (n > 0 && !letterBefore(i)) {
        int e = wordRest(i + n);
        for (int k = 0; k < MORE_WORDS && e < to && text.charAt(e) == ' '; k++) {
          int m = upperAt(e + 1);
          if (m == 0) {
            break;
          }
          e = wordRest(e + 1 + m);
        }
        start = i;
        end = e;
        at = e;
        return true;
      }
    }
    at = to;
    return false;
  }

  int start() {
    return start;
  }

  int end() {
    return end;
  }

  String group() {
    return text.substring(start, end);
  }

  /** The length of the upper-case letter ({@code \p{Lu}}) at {@code i} within the region, else 0. */
  private int upperAt(int i) {
    if (i >= to) {
      return 0;
    }
    char c = text.charAt(i);
    if (c < 128) {
      return c >= 'A' && c <= 'Z' ? 1 : 0; // most characters: no need to read a code point
    }
    int cp = Character.codePointAt(text, i);
    int n = Character.charCount(cp);
    return i + n <= to && Character.getType(cp) == Character.UPPERCASE_LETTER ? n : 0;
  }

  /** Past the letters, apostrophes, full stops and hyphens from {@code i}: {@code [\p{L}’'.\-]*}. */
  private int wordRest(int i) {
    while (i < to) {
      char c = text.charAt(i);
      if (c < 128) {
        if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '\'' || c == '.' || c == '-') {
          i++;
          continue;
        }
        break;
      }
      int cp = Character.codePointAt(text, i);
      int n = Character.charCount(cp);
      if (i + n > to || !(Character.isLetter(cp) || cp == '’' || cp == '\'' || cp == '.' || cp == '-')) {
        break;
      }
      i += n;
    }
    return i;
  }

  /** The lookbehind {@code (?<![\p{L}’'])}: one char back (half a surrogate pair is no letter), none before the region. */
  private boolean letterBefore(int i) {
    if (i <= from) {
      return false;
    }
    char c = text.charAt(i - 1);
    return Character.isLetter(c) || c == '’' || c == '\'';
  }
}
