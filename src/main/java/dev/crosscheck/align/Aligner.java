package dev.crosscheck.align;

import dev.crosscheck.model.Claim;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Groups claims by their alignment key (kind, entity, slot): a single pass and a sort, so the work grows
 * with the number of claims, never with its square.
 */
public final class Aligner {
  private static final Comparator<Claim> ORDER = Comparator.comparing(Claim::source)
      .thenComparingInt(c -> c.evidence().start())
      .thenComparing(Claim::id);

  private Aligner() {}

  public static List<ClaimGroup> align(List<Claim> claims) {
    Map<String, List<Claim>> byKey = new TreeMap<>();
    for (Claim c : claims) {
      byKey.computeIfAbsent(c.key(), k -> new ArrayList<>()).add(c);
    }
    List<ClaimGroup> groups = new ArrayList<>(byKey.size());
    for (List<Claim> members : byKey.values()) {
      members.sort(ORDER);
      Claim first = members.get(0);
      groups.add(new ClaimGroup(first.kind(), first.entity(), first.slot(), members));
    }
    return groups;
  }
}
