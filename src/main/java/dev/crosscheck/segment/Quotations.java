package dev.crosscheck.segment;

import dev.crosscheck.model.Quotation;
import dev.crosscheck.model.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds quotations in one paragraph: text between an opening mark (“ or a straight quote at a word's start)
 * and a closing mark (” or a straight quote at a word's end). Sources mix the two, so either closes either.
 * A mark left open at the paragraph's end is not a quotation.
 */
final class Quotations {
  private Quotations() {}

  static List<Quotation> in(String text, int from, int to) {
    List<Quotation> found = new ArrayList<>();
    int open = -1;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      boolean opener = c == '“' || (c == '"' && opensAt(text, i, from, to));
      boolean closer = c == '”' || (c == '"' && !opener);
      if (open < 0 && opener) {
        open = i;
      } else if (open >= 0 && closer) {
        Span whole = new Span(open, i + 1);
        Span inner = trim(text, open + 1, i);
        if (inner.end() > inner.start()) {
          found.add(new Quotation(whole, inner, inner.of(text)));
        }
        open = -1;
      } else if (open >= 0 && c == '“') {
        open = i; // an unclosed mark before: restart at the newer one
      }
    }
    return found;
  }

  private static boolean opensAt(String text, int i, int from, int to) {
    boolean before = i == from || Character.isWhitespace(text.charAt(i - 1)) || "([—–-".indexOf(text.charAt(i - 1)) >= 0;
    boolean after = i + 1 < to && !Character.isWhitespace(text.charAt(i + 1));
    return before && after;
  }

  private static Span trim(String text, int start, int end) {
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    return new Span(start, end);
  }
}
