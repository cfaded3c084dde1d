package dev.crosscheck.normalise;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Keeps the longest of overlapping expressions; ties go to the more specific type, then the earlier one. */
final class Overlaps {
  private static final Comparator<Expression> PREFERENCE = Comparator
      .comparingInt(Expression::length).reversed()
      .thenComparing(Expression::type)
      .thenComparingInt(Expression::start);

  private Overlaps() {}

  static List<Expression> longestFirst(List<Expression> candidates) {
    List<Expression> ranked = new ArrayList<>(candidates);
    ranked.sort(PREFERENCE);
    List<Expression> kept = new ArrayList<>();
    int maxEnd = ranked.stream().mapToInt(Expression::end).max().orElse(0);
    boolean[] taken = new boolean[maxEnd];
    for (Expression e : ranked) {
      if (free(taken, e)) {
        for (int i = e.start(); i < e.end(); i++) {
          taken[i] = true;
        }
        kept.add(e);
      }
    }
    kept.sort(Comparator.comparingInt(Expression::start));
    return List.copyOf(kept);
  }

  private static boolean free(boolean[] taken, Expression e) {
    for (int i = e.start(); i < e.end(); i++) {
      if (taken[i]) {
        return false;
      }
    }
    return true;
  }
}
