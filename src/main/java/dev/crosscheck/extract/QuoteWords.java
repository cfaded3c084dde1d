package dev.crosscheck.extract;

import java.text.Normalizer;
import java.util.Locale;

/** The comparable form of quoted words: case, typographic marks and punctuation do not count. */
public final class QuoteWords {
  private QuoteWords() {}

  public static String normalise(String words) {
    String s = Normalizer.normalize(words, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
        .replace('’', '\'').replace('‘', '\'');
    if (s.indexOf('\'') >= 0) { // the pattern needs an apostrophe: most quotations have none
      s = s.replaceAll("(?<=\\p{L}) ?' ?(?=(?:s|t|re|ve|ll|d|m)\\b)", "'"); // "time 's", a tokeniser's split, is "time's"
    }
    StringBuilder out = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetterOrDigit(c) || (c == '\'' && i > 0 && i + 1 < s.length()
          && Character.isLetter(s.charAt(i - 1)) && Character.isLetter(s.charAt(i + 1)))) {
        if (space && out.length() > 0) {
          out.append(' ');
        }
        out.append(c);
        space = false;
      } else {
        space = true;
      }
    }
    return out.toString();
  }
}
