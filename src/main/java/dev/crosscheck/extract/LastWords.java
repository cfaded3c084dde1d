package dev.crosscheck.extract;

import java.util.Collection;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Matching a pattern of at most n whitespace-separated words that must end at the end of a text ("… killed\s+$")
 * over the last n words alone: no match can start earlier, and searching a sentence's whole start for one is most
 * of what reading a number's context costs. The pattern must not look behind its start (no lookbehind, no \b).
 */
final class LastWords {
  private LastWords() {}

  /** A matcher of {@code pattern} over the last {@code words} words of {@code text}; its offsets are into the whole. */
  static Matcher matcher(Pattern pattern, String text, int words) {
    return pattern.matcher(text).region(start(text, words), text.length());
  }

  /**
   * Whether the last word of {@code text}, in lower case, ends with one of {@code endings}: a pattern of words ending
   * at the text's end cannot match unless its last word does.
   */
  static boolean lastWordEndsWithAny(String text, Collection<String> endings) {
    int end = start(text, 0);
    String word = text.substring(start(text, 1), end).toLowerCase(Locale.ROOT);
    for (String ending : endings) {
      if (word.endsWith(ending)) {
        return true;
      }
    }
    return false;
  }

  /** Where the last {@code words} runs of non-space characters begin, trailing spaces and line breaks aside. */
  static int start(String text, int words) {
    int i = text.length();
    while (i > 0 && (space(text.charAt(i - 1)) || lineBreak(text.charAt(i - 1)))) {
      i--;
    }
    for (int k = 0; k < words && i > 0; k++) {
      while (i > 0 && space(text.charAt(i - 1))) {
        i--;
      }
      while (i > 0 && !space(text.charAt(i - 1))) {
        i--;
      }
    }
    return i;
  }

  /** What a regex's {@code \s} matches. */
  private static boolean space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  /** The other line terminators {@code $} may stand before. */
  private static boolean lineBreak(char c) {
    return c == '\u0085' || c == '\u2028' || c == '\u2029';
  }
}
