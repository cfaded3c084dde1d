package dev.crosscheck.review;

import java.util.Collection;
import java.util.List;

/** Finds the one id a reviewer meant from what they typed: the id itself or a prefix only it starts with. */
public final class FindingIds {
  private FindingIds() {}

  /** The outcome: the id, or the candidates (none, or several when the prefix is ambiguous). */
  public record Match(List<String> candidates) {
    public Match {
      candidates = List.copyOf(candidates);
    }

    public boolean unique() {
      return candidates.size() == 1;
    }

    public String id() {
      if (!unique()) {
        throw new IllegalStateException("not one match: " + candidates);
      }
      return candidates.get(0);
    }
  }

  public static Match resolve(String typed, Collection<String> ids) {
    if (ids.contains(typed)) {
      return new Match(List.of(typed));
    }
    return new Match(ids.stream().filter(id -> id.startsWith(typed)).distinct().sorted().toList());
  }
}
