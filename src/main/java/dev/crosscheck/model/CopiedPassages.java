package dev.crosscheck.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Every passage copied between two sources, sorted by source pair then position, looked up by source pair. */
public final class CopiedPassages {
  private static final Comparator<CopiedPassage> ORDER = Comparator.comparing(CopiedPassage::sourceA)
      .thenComparing(CopiedPassage::sourceB).thenComparing(CopiedPassage::spanA).thenComparing(CopiedPassage::spanB);
  public static final CopiedPassages NONE = new CopiedPassages(List.of());

  private final List<CopiedPassage> passages;
  private final Map<String, List<CopiedPassage>> byPair = new HashMap<>();
  private final Map<String, List<CopiedPassage>> bySource = new HashMap<>();

  public CopiedPassages(List<CopiedPassage> passages) {
    this.passages = passages.stream().sorted(ORDER).toList();
    for (CopiedPassage p : this.passages) {
      byPair.computeIfAbsent(pair(p.sourceA(), p.sourceB()), k -> new ArrayList<>()).add(p);
      bySource.computeIfAbsent(p.sourceA(), k -> new ArrayList<>()).add(p);
      bySource.computeIfAbsent(p.sourceB(), k -> new ArrayList<>()).add(p);
    }
  }

  public List<CopiedPassage> passages() {
    return passages;
  }

  /** The passages {@code source} shares with any other source, in order. */
  public List<CopiedPassage> involving(String source) {
    return bySource.getOrDefault(source, List.of());
  }

  /** True when the text at {@code a} in {@code sourceA} and at {@code b} in {@code sourceB} lie in one copied passage. */
  public boolean copied(String sourceA, Span a, String sourceB, Span b) {
    int order = sourceA.compareTo(sourceB);
    if (order == 0) {
      return false;
    }
    List<CopiedPassage> shared = order < 0 ? byPair.get(pair(sourceA, sourceB)) : byPair.get(pair(sourceB, sourceA));
    if (shared == null) {
      return false;
    }
    Span first = order < 0 ? a : b;
    Span second = order < 0 ? b : a;
    for (CopiedPassage p : shared) {
      if (p.spanA().overlaps(first) && p.spanB().overlaps(second)) {
        return true;
      }
    }
    return false;
  }

  private static String pair(String a, String b) {
    return a + "\u001f" + b;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CopiedPassages other && other.passages.equals(passages);
  }

  @Override
  public int hashCode() {
    return passages.hashCode();
  }

  @Override
  public String toString() {
    return "CopiedPassages" + passages;
  }
}
