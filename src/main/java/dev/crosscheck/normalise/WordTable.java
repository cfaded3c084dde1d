package dev.crosscheck.normalise;

import java.util.Arrays;
import java.util.Locale;

/**
 * The distinct words of one text, each a run of ASCII letters read without case, numbered in order of first
 * appearance. Words are found in place (hashed and compared in the text), so reading a text copies none.
 */
final class WordTable {
  private final String text;
  /** The text's characters, read in place of {@code text.charAt} (see {@link WordIndex}). */
  private final char[] chars;
  /** Per word number: where it first stands, its length and its hash (that of the lower-case word). */
  private int[] firstAt = new int[64];
  private int[] length = new int[64];
  private int[] hash = new int[64];
  private int size;
  /** Each word in lower case, made when first asked for. */
  private String[] words = new String[64];
  /** Open addressing: word number + 1 per slot, 0 for empty. */
  private int[] slots = new int[128];

  WordTable(String text, char[] chars) {
    this.text = text;
    this.chars = chars;
  }

  int size() {
    return size;
  }

  /** The number of the word at [start, end), given a number if it is new. */
  int add(int start, int end) {
    int h = 0;
    for (int k = start; k < end; k++) {
      h = 31 * h + (chars[k] | 0x20);
    }
    int mask = slots.length - 1;
    for (int s = spread(h) & mask; ; s = (s + 1) & mask) {
      int id = slots[s] - 1;
      if (id < 0) {
        break;
      }
      if (hash[id] == h && length[id] == end - start && sameWord(firstAt[id], start, end - start)) {
        return id;
      }
    }
    if (size == firstAt.length) {
      firstAt = Arrays.copyOf(firstAt, size * 2);
      length = Arrays.copyOf(length, size * 2);
      hash = Arrays.copyOf(hash, size * 2);
      words = Arrays.copyOf(words, size * 2);
    }
    firstAt[size] = start;
    length[size] = end - start;
    hash[size] = h;
    int id = size++;
    if (2 * size > slots.length) {
      slots = new int[slots.length * 2];
      for (int k = 0; k < size; k++) {
        put(k);
      }
    } else {
      put(id);
    }
    return id;
  }

  /** The number of this word (lower-case letters), or -1 if the text does not hold it. */
  int id(String word) {
    int h = word.hashCode();
    int mask = slots.length - 1;
    for (int s = spread(h) & mask; ; s = (s + 1) & mask) {
      int id = slots[s] - 1;
      if (id < 0) {
        return -1;
      }
      if (hash[id] == h && length[id] == word.length() && text.regionMatches(true, firstAt[id], word, 0, word.length())) {
        return id;
      }
    }
  }

  /** The word with this number, in lower case. */
  String word(int id) {
    if (words[id] == null) {
      words[id] = text.substring(firstAt[id], firstAt[id] + length[id]).toLowerCase(Locale.ROOT);
    }
    return words[id];
  }

  private void put(int id) {
    int mask = slots.length - 1;
    int s = spread(hash[id]) & mask;
    while (slots[s] != 0) {
      s = (s + 1) & mask;
    }
    slots[s] = id + 1;
  }

  private boolean sameWord(int a, int b, int n) {
    for (int k = 0; k < n; k++) {
      if ((chars[a + k] | 0x20) != (chars[b + k] | 0x20)) {
        return false;
      }
    }
    return true;
  }

  private static int spread(int h) {
    return h ^ (h >>> 16);
  }
}
