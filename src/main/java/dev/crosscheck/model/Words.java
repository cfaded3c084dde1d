package dev.crosscheck.model;

/** How many words a text has: runs of non-space characters, counted in one pass. */
public final class Words {
  private Words() {}

  public static int count(String text) {
    int words = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      // Character.isWhitespace, answered without its table lookup for the ASCII most text is made of
      boolean letter = c < 128 ? !(c == ' ' || (c >= 9 && c <= 13) || (c >= 28 && c <= 31)) : !Character.isWhitespace(c);
      if (letter && !inWord) {
        words++;
      }
      inWord = letter;
    }
    return words;
  }
}
