package dev.crosscheck.judge;

import dev.crosscheck.align.ClaimGroup;
import dev.crosscheck.model.Claim;
import dev.crosscheck.model.Finding;
import dev.crosscheck.model.FindingKind;
import dev.crosscheck.model.Severity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Quotations of one statement in several sources. The same words (case, quote marks and punctuation aside)
 * or one a stretch of the other is an agreement; words dropped, added or changed inside the quoted stretch
 * is a quote mismatch. Candidates are found by shared three-word runs, so the work grows with the number of
 * quotes, not its square.
 */
final class QuoteRule implements Rule {
  static final String ID = "quote-words";
  private static final int SHINGLE = 3;
  /** A word run quoted this often is a common phrase, no evidence that two quotes are one statement. */
  private static final int COMMON_RUN = 50;

  @Override
  public String id() {
    return ID;
  }

  @Override
  public List<Finding> judge(List<ClaimGroup> groups) {
    List<Claim> quotes = new ArrayList<>();
    for (ClaimGroup g : ClaimGroup.ofKind(groups, "quote")) {
      quotes.addAll(g.claims());
    }
    Map<String, List<Integer>> byRun = new HashMap<>();
    for (int q = 0; q < quotes.size(); q++) {
      for (String run : runs(quotes.get(q).value())) {
        byRun.computeIfAbsent(run, k -> new ArrayList<>()).add(q);
      }
    }
    int[] parent = new int[quotes.size()];
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
    }
    Set<Long> compared = new HashSet<>();
    Map<Integer, List<QuoteComparison>> differences = new HashMap<>();
    for (List<Integer> members : new TreeMap<>(byRun).values()) {
      if (members.size() < 2 || members.size() > COMMON_RUN) {
        continue;
      }
      for (int a = 0; a < members.size(); a++) {
        for (int b = a + 1; b < members.size(); b++) {
          int x = members.get(a);
          int y = members.get(b);
          if (quotes.get(x).source().equals(quotes.get(y).source()) || !compared.add(((long) x << 32) | y)) {
            continue;
          }
          QuoteComparison cmp = QuoteComparison.of(quotes.get(x).value(), quotes.get(y).value());
          if (cmp.relation() == QuoteComparison.Relation.UNRELATED) {
            continue;
          }
          union(parent, x, y);
          if (cmp.relation() == QuoteComparison.Relation.DIFFERENT_WORDS) {
            differences.computeIfAbsent(x, k -> new ArrayList<>()).add(cmp);
          }
        }
      }
    }
    Map<Integer, List<Integer>> clusters = new TreeMap<>();
    for (int q = 0; q < quotes.size(); q++) {
      clusters.computeIfAbsent(find(parent, q), k -> new ArrayList<>()).add(q);
    }
    List<Finding> findings = new ArrayList<>();
    for (List<Integer> cluster : clusters.values()) {
      if (cluster.size() < 2) {
        continue;
      }
      List<Claim> claims = cluster.stream().map(quotes::get).toList();
      List<QuoteComparison> diffs = cluster.stream().flatMap(q -> differences.getOrDefault(q, List.of()).stream()).toList();
      findings.add(diffs.isEmpty() ? agreement(claims) : mismatch(claims, diffs));
    }
    return findings;
  }

  private static Finding agreement(List<Claim> claims) {
    String speakers = speakers(claims);
    String summary = claims.stream().map(Claim::source).distinct().count() + " sources quote " + speakers
        + " with the same words: " + Findings.sourceList(claims);
    return Findings.of(FindingKind.AGREEMENT, ID, Severity.INFO, 0.9, summary, entity(claims), "statement", claims);
  }

  private static Finding mismatch(List<Claim> claims, List<QuoteComparison> diffs) {
    Set<String> dropped = new TreeSet<>();
    Set<String> added = new TreeSet<>();
    for (QuoteComparison d : diffs) {
      dropped.addAll(d.dropped());
      added.addAll(d.added());
    }
    List<String> parts = new ArrayList<>();
    if (!dropped.isEmpty()) {
      parts.add("words only in the fuller version: " + String.join(", ", dropped));
    }
    if (!added.isEmpty()) {
      parts.add("words only in the shorter version: " + String.join(", ", added));
    }
    String summary = speakers(claims) + " is quoted with different words in " + Findings.sourceList(claims) + " ("
        + String.join("; ", parts) + ")";
    return Findings.of(FindingKind.QUOTE_MISMATCH, ID, Severity.MEDIUM, 0.7, summary, entity(claims), "statement", claims);
  }

  private static String speakers(List<Claim> claims) {
    Set<String> named = new TreeSet<>();
    for (Claim c : claims) {
      if (!c.entity().equals("unattributed")) {
        named.add(c.subject());
      }
    }
    return named.isEmpty() ? "an unnamed speaker" : String.join(" / ", named);
  }

  private static String entity(List<Claim> claims) {
    Set<String> entities = new TreeSet<>(claims.stream().map(Claim::entity).toList());
    if (entities.size() > 1) {
      entities.remove("unattributed");
    }
    return String.join(" / ", entities);
  }

  private static Set<String> runs(String words) {
    String[] w = words.split(" ");
    Set<String> runs = new HashSet<>();
    for (int i = 0; i + SHINGLE <= w.length; i++) {
      runs.add(String.join(" ", java.util.Arrays.asList(w).subList(i, i + SHINGLE)));
    }
    return runs;
  }

  private static int find(int[] parent, int x) {
    while (parent[x] != x) {
      parent[x] = parent[parent[x]];
      x = parent[x];
    }
    return x;
  }

  private static void union(int[] parent, int a, int b) {
    int ra = find(parent, a);
    int rb = find(parent, b);
    if (ra != rb) {
      parent[Math.max(ra, rb)] = Math.min(ra, rb);
    }
  }
}
