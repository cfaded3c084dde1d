package dev.crosscheck.extract;

import dev.crosscheck.model.Segmented;
import dev.crosscheck.normalise.Expression;
import java.util.List;
import java.util.Objects;

/**
 * What extractors read: the segmented article and the dates and quantities normalisation found in it.
 *
 * @param expressions sorted by start, not overlapping (as {@link dev.crosscheck.normalise.Normaliser} gives them)
 */
public record Reading(Segmented article, List<Expression> expressions, SentenceNames names) {
  public Reading {
    Objects.requireNonNull(article, "article");
    expressions = List.copyOf(expressions);
    Objects.requireNonNull(names, "names");
  }

  public Reading(Segmented article, List<Expression> expressions) {
    this(article, expressions, new SentenceNames());
  }

  /** The expressions lying wholly inside [start, end), in text order. */
  public List<Expression> expressionsWithin(int start, int end) {
    int lo = 0;
    int hi = expressions.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (expressions.get(mid).start() < start) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    int to = lo;
    while (to < expressions.size() && expressions.get(to).start() < end) {
      to++;
    }
    List<Expression> starting = expressions.subList(lo, to); // a view of an immutable list: immutable too
    for (int i = 0; i < starting.size(); i++) {
      if (starting.get(i).end() > end) {
        List<Expression> within = new java.util.ArrayList<>(starting.size());
        for (Expression e : starting) {
          if (e.end() <= end) {
            within.add(e);
          }
        }
        return java.util.Collections.unmodifiableList(within);
      }
    }
    return starting;
  }
}
