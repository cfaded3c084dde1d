package dev.crosscheck.report;

import dev.crosscheck.extract.QuoteWords;
import dev.crosscheck.model.Cited;
import dev.crosscheck.model.Finding;
import dev.crosscheck.model.Span;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The compared words to highlight in one side's evidence: where its value differs from another side's. Two quotes
 * are aligned word by word and only the words inside the shared stretch that the other lacks count ("mutual"), so a
 * partial quote is not all highlighted; a short value with nothing in common ("former" against "current") is marked
 * whole. The value's words are then found in the evidence by the same alignment.
 */
final class Highlights {
  private static final int MAX_WORDS = 400;
  private static final int SHORT_VALUE = 3;

  private Highlights() {}

  /** Spans of {@code side}'s evidence (offsets into the evidence text) to mark, in order. */
  static List<Span> of(Finding finding, Cited side) {
    String[] mine = side.value().split(" ");
    boolean[] marked = new boolean[mine.length];
    boolean any = false;
    for (String other : finding.values()) {
      if (!other.equals(side.value())) {
        any |= markDifferences(mine, other.split(" "), marked);
      }
    }
    if (!any) {
      return List.of();
    }
    List<Span> tokens = tokens(side.evidence());
    String[] words = tokens.stream().map(t -> QuoteWords.normalise(t.of(side.evidence()))).toArray(String[]::new);
    int[] at = align(mine, words);
    List<Span> spans = new ArrayList<>();
    for (int i = 0; i < mine.length; i++) {
      if (marked[i] && at[i] >= 0) {
        spans.add(tokens.get(at[i]));
      }
    }
    return spans;
  }

  private static boolean markDifferences(String[] mine, String[] theirs, boolean[] marked) {
    int[] match = align(mine, theirs);
    int first = -1;
    int last = -1;
    for (int i = 0; i < match.length; i++) {
      if (match[i] >= 0) {
        first = first < 0 ? i : first;
        last = i;
      }
    }
    if (first < 0) {
      if (mine.length > SHORT_VALUE) {
        return false; // a different remark, not a different version of this one
      }
      Arrays.fill(marked, true);
      return true;
    }
    boolean any = false;
    for (int i = first; i <= last; i++) {
      if (match[i] < 0) {
        marked[i] = true;
        any = true;
      }
    }
    return any;
  }

  /** For each word of {@code a}, the index of the word of {@code b} it is aligned with (longest common subsequence), or -1. */
  static int[] align(String[] a, String[] b) {
    int[] match = new int[a.length];
    Arrays.fill(match, -1);
    if (a.length > MAX_WORDS || b.length > MAX_WORDS * 4) {
      return match;
    }
    int[][] lcs = new int[a.length + 1][b.length + 1];
    for (int i = a.length - 1; i >= 0; i--) {
      for (int j = b.length - 1; j >= 0; j--) {
        lcs[i][j] = a[i].equals(b[j]) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
      }
    }
    int i = 0;
    int j = 0;
    while (i < a.length && j < b.length) {
      if (a[i].equals(b[j])) {
        match[i++] = j++;
      } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
        i++;
      } else {
        j++;
      }
    }
    return match;
  }

  /** The word tokens of a text as {@link QuoteWords} splits it: letters and digits, with apostrophes inside words. */
  private static List<Span> tokens(String text) {
    List<Span> tokens = new ArrayList<>();
    int start = -1;
    for (int i = 0; i <= text.length(); i++) {
      char c = i < text.length() ? text.charAt(i) : ' ';
      boolean inWord = Character.isLetterOrDigit(c) || ((c == '\'' || c == '’') && start >= 0 && i + 1 < text.length()
          && Character.isLetter(text.charAt(i + 1)));
      if (inWord && start < 0) {
        start = i;
      } else if (!inWord && start >= 0) {
        tokens.add(new Span(start, i));
        start = -1;
      }
    }
    return tokens;
  }
}
