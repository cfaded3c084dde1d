package dev.crosscheck.model;

/** How many words a text has: runs of non-space characters, counted in one pass. */
public final class Words {
  private Words() {}

  public static int count(String text) {
    int words = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      boolean letter = !Character.isWhitespace(text.charAt(i));
      if (letter && !inWord) {
        words++;
      }
      inWord = letter;
    }
    return words;
  }
}
