package dev.crosscheck.judge;

import dev.crosscheck.model.Cited;
import dev.crosscheck.model.CopiedPassages;
import dev.crosscheck.model.Finding;
import dev.crosscheck.model.FindingKind;
import dev.crosscheck.model.SourceReliability;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Source reliability by truth discovery, after TruthFinder (Yin, Han and Yu, KDD 2007 / TKDE 2008): a source is
 * trusted as much as the facts it states are confident, and a fact is confident as much as its supporters are
 * trusted, less what conflicting facts about the same thing take away. Each finding is one thing compared; an
 * agreement is one fact, a contradiction or quote mismatch one fact per value. Sources that share the cited
 * passage vote once (Dong, Berti-Équille and Srivastava, VLDB 2009: copies are not independent votes).
 * Iterates from the same start to a fixed tolerance, in sorted order: the same findings give the same scores.
 */
public final class TruthDiscovery {
  /** Every source's trust before the first iteration (TruthFinder's t0). */
  static final double INITIAL_TRUST = 0.9;
  /** γ: damps the sigmoid that turns a fact's vote into a confidence. */
  static final double DAMPENING = 0.3;
  /** ρ: how much the votes of other facts about the same thing weigh. */
  static final double INFLUENCE = 0.5;
  /** imp(f' → f) for two different values of one thing: similarity 0 less the base similarity 0.5. */
  static final double CONFLICT = -0.5;
  /** A vote is counted from at most this trust: τ grows without bound as trust nears 1, and one unanimous group
   * would otherwise drown every other fact (and drive a lone dissenter to 0 over one word). */
  static final double MAX_VOTING_TRUST = 0.99;
  static final int MAX_ITERATIONS = 100;
  static final double TOLERANCE = 1e-6;
  public static final double NEUTRAL = 0.5;

  /**
   * @param sources every source's reliability, by id
   * @param support for each finding with several values (by finding id), each value's fact confidence
   */
  public record Result(Map<String, SourceReliability> sources, Map<String, Map<String, Double>> support, int iterations) {
    public Result {
      sources = Map.copyOf(sources);
      support = Map.copyOf(support);
    }
  }

  private record Fact(String finding, String value, List<List<String>> voices, List<String> supporters) {}

  private TruthDiscovery() {}

  public static Result run(List<Finding> findings, CopiedPassages copies, List<String> sourceIds) {
    List<List<Fact>> things = things(findings, copies);
    // sources and facts as numbers, in the order the maps of the first version iterated them: the arithmetic is
    // the same, step for step, without a record's hash or a tree lookup in the loop
    TreeMap<String, List<Integer>> factsOf = new TreeMap<>();
    List<Fact> facts = new ArrayList<>();
    for (List<Fact> thing : things) {
      for (Fact f : thing) {
        int at = facts.size();
        facts.add(f);
        f.supporters().forEach(s -> factsOf.computeIfAbsent(s, k -> new ArrayList<>()).add(at));
      }
    }
    List<String> sources = List.copyOf(factsOf.keySet());
    Map<String, Integer> sourceIndex = new java.util.HashMap<>();
    sources.forEach(s -> sourceIndex.put(s, sourceIndex.size()));
    int[][][] voices = new int[facts.size()][][];
    for (int f = 0; f < facts.size(); f++) {
      voices[f] = facts.get(f).voices().stream()
          .map(v -> v.stream().mapToInt(s -> sourceIndex.get(s)).toArray()).toArray(int[][]::new);
    }
    int[][] factsOfSource = sources.stream().map(s -> factsOf.get(s).stream().mapToInt(Integer::intValue).toArray())
        .toArray(int[][]::new);
    double[] trust = new double[sources.size()];
    java.util.Arrays.fill(trust, INITIAL_TRUST);
    double[] score = new double[sources.size()];
    double[] confidence = new double[facts.size()];
    int iterations = 0;
    double change = Double.MAX_VALUE;
    while (iterations < MAX_ITERATIONS && change >= TOLERANCE) {
      iterations++;
      for (int s = 0; s < trust.length; s++) {
        score[s] = score(trust[s]);
      }
      int first = 0;
      for (List<Fact> thing : things) {
        double[] votes = new double[thing.size()];
        for (int i = 0; i < thing.size(); i++) {
          for (int[] voice : voices[first + i]) {
            double best = Double.NEGATIVE_INFINITY;
            for (int s : voice) {
              best = Math.max(best, score[s]);
            }
            votes[i] += voice.length == 0 ? 0 : best;
          }
        }
        for (int i = 0; i < thing.size(); i++) {
          double adjusted = votes[i];
          for (int j = 0; j < thing.size(); j++) {
            adjusted += j == i ? 0 : INFLUENCE * votes[j] * CONFLICT;
          }
          confidence[first + i] = 1 / (1 + StrictMath.exp(-DAMPENING * adjusted));
        }
        first += thing.size();
      }
      change = 0;
      for (int s = 0; s < trust.length; s++) {
        double sum = 0;
        for (int f : factsOfSource[s]) {
          sum += confidence[f];
        }
        double updated = sum / factsOfSource[s].length;
        change = Math.max(change, Math.abs(updated - trust[s]));
        trust[s] = updated;
      }
    }
    TreeMap<String, Double> trustById = new TreeMap<>();
    for (int s = 0; s < trust.length; s++) {
      trustById.put(sources.get(s), trust[s]);
    }
    Map<Fact, Integer> index = new java.util.IdentityHashMap<>();
    facts.forEach(f -> index.put(f, index.size()));
    return new Result(reliabilities(things, trustById, sourceIds, iterations),
        support(things, f -> confidence[index.get(f)]), iterations);
  }

  /** The things compared: one list of facts per finding that cites two sources or more (updates are no disagreement). */
  private static List<List<Fact>> things(List<Finding> findings, CopiedPassages copies) {
    List<List<Fact>> things = new ArrayList<>();
    for (Finding f : findings.stream().sorted(java.util.Comparator.comparing(Finding::id)).toList()) {
      if (f.kind() == FindingKind.UPDATE || f.sources().size() < 2) {
        continue;
      }
      Map<String, List<Cited>> byValue = new TreeMap<>();
      for (Cited c : f.claims()) {
        byValue.computeIfAbsent(f.kind() == FindingKind.AGREEMENT ? "" : c.value(), k -> new ArrayList<>()).add(c);
      }
      List<Fact> facts = new ArrayList<>();
      byValue.forEach((value, claims) -> facts.add(new Fact(f.id(), value, Corroboration.voices(claims, copies),
          claims.stream().map(Cited::source).distinct().sorted().toList())));
      things.add(facts);
    }
    return things;
  }

  /** τ(w) = −ln(1 − t(w)): a trust near 1 weighs much more than one near 0.5. */
  private static double score(double trust) {
    return -StrictMath.log(1 - Math.min(trust, MAX_VOTING_TRUST));
  }

  private static Map<String, SourceReliability> reliabilities(List<List<Fact>> things, Map<String, Double> trust,
      List<String> sourceIds, int iterations) {
    Map<String, int[]> counts = new TreeMap<>(); // compared, agreed, agreed only with a copy
    for (List<Fact> facts : things) {
      for (Fact f : facts) {
        for (String s : f.supporters()) {
          int[] c = counts.computeIfAbsent(s, k -> new int[3]);
          c[0]++;
          c[1] += f.voices().size() > 1 ? 1 : 0;
          c[2] += f.voices().size() == 1 && f.supporters().size() > 1 ? 1 : 0;
        }
      }
    }
    Map<String, SourceReliability> out = new TreeMap<>();
    for (String id : sourceIds) {
      int[] c = counts.get(id);
      if (c == null) {
        out.put(id, new SourceReliability(id, NEUTRAL, "no claim compared with another source's: neutral " + NEUTRAL, 0, 0));
        continue;
      }
      String basis = "agrees with independent sources on " + c[1] + " of " + c[0] + " compared fact"
          + (c[0] == 1 ? "" : "s") + (c[2] > 0 ? " (" + c[2] + " more only with a copy of its text)" : "")
          + "; " + iterations + " iteration" + (iterations == 1 ? "" : "s");
      out.put(id, new SourceReliability(id, round(trust.get(id)), basis, c[0], c[1]));
    }
    return out;
  }

  private static Map<String, Map<String, Double>> support(List<List<Fact>> things,
      java.util.function.ToDoubleFunction<Fact> confidence) {
    Map<String, Map<String, Double>> out = new TreeMap<>();
    for (List<Fact> facts : things) {
      if (facts.size() > 1) {
        Map<String, Double> byValue = new TreeMap<>();
        facts.forEach(f -> byValue.put(f.value(), round(confidence.applyAsDouble(f))));
        out.put(facts.get(0).finding(), byValue);
      }
    }
    return out;
  }

  static double round(double x) {
    return Math.round(x * 100) / 100.0;
  }
}
