package dev.crosscheck.judge;

import dev.crosscheck.align.ClaimGroup;
import dev.crosscheck.model.Claim;
import dev.crosscheck.model.Finding;
import dev.crosscheck.model.FindingKind;
import dev.crosscheck.model.Severity;
import dev.crosscheck.normalise.NumberInterval;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Quantities of one measure, of one thing, held by one entity: values whose intervals overlap agree ("over 20%"
 * and "21%"); disjoint ones contradict, within one source too. Only the same unit and currency are compared;
 * goods of different stated origins are not; a claim that is hedged, planned, expected, negated or a question
 * never makes a contradiction; two tariffs dated differently may be a change, not a contradiction.
 *
 * <p>Reads only the claim's strings (the bounds in {@code lo}, {@code hi} …), as claims of unchanged sources come
 * back from their files.
 */
final class QuantityRule implements Rule {
  static final String ID = "quantity-value";
  private static final Set<String> NOT_ASSERTED = Set.of("hedged", "negated", "question", "expected", "planned");
  private static final Set<String> APPROXIMATE = Set.of("about", "nearly");
  /** From this size on, a stated number is taken as rounded to its last non-zero digit ("$80 million"). */
  private static final BigDecimal ROUNDED = BigDecimal.valueOf(1000);

  @Override
  public String id() {
    return ID;
  }

  @Override
  public List<Finding> judge(List<ClaimGroup> groups) {
    List<Finding> findings = new ArrayList<>();
    for (ClaimGroup g : ClaimGroup.ofKind(groups, "quantity")) {
      Map<String, List<Claim>> byUnit = new TreeMap<>();
      for (Claim c : g.claims()) {
        byUnit.computeIfAbsent(c.attribute("unit") + "|" + c.attribute("currency"), k -> new ArrayList<>()).add(c);
      }
      for (List<Claim> claims : byUnit.values()) {
        Finding f = judge(g, claims);
        if (f != null) {
          findings.add(f);
        }
      }
    }
    return findings;
  }

  private static Finding judge(ClaimGroup g, List<Claim> claims) {
    Set<Claim> clashing = new LinkedHashSet<>();
    double confidence = 0.8;
    BigDecimal widest = BigDecimal.ZERO;
    Set<Claim> incompatible = new LinkedHashSet<>();
    for (int i = 0; i < claims.size(); i++) {
      for (int j = i + 1; j < claims.size(); j++) {
        Claim a = claims.get(i);
        Claim b = claims.get(j);
        boolean sameOrigin = a.attribute("origin").equals(b.attribute("origin"));
        boolean originsCompatible = sameOrigin || a.attribute("origin").isEmpty() || b.attribute("origin").isEmpty();
        boolean overlap = interval(a).overlaps(interval(b));
        if (overlap && originsCompatible) {
          continue;
        }
        incompatible.add(a);
        incompatible.add(b);
        if (!overlap && sameOrigin && asserted(a) && asserted(b) && !datedApart(a, b)) {
          clashing.add(a);
          clashing.add(b);
          confidence = Math.min(confidence, confidence(a, b));
          BigDecimal gap = relativeGap(interval(a), interval(b));
          widest = gap.compareTo(widest) > 0 ? gap : widest;
        }
      }
    }
    String what = Findings.displayName(g.claims()) + "’s " + g.slot();
    if (!clashing.isEmpty()) {
      List<Claim> cited = Findings.firstPerSourceAndValue(List.copyOf(clashing));
      Map<String, List<Claim>> byValue = new TreeMap<>();
      cited.forEach(c -> byValue.computeIfAbsent(c.value(), k -> new ArrayList<>()).add(c));
      List<String> sides = new ArrayList<>();
      byValue.forEach((value, cs) -> sides.add(value + " (" + stated(cs) + ") in " + Findings.sourceList(cs)));
      String summary = "Sources disagree on " + what + ": " + String.join("; ", sides);
      return Findings.of(FindingKind.CONTRADICTION, ID, severity(widest), round(confidence), summary, g.entity(),
          g.slot(), cited);
    }
    List<Claim> agreeing = claims.stream().filter(c -> !incompatible.contains(c)).toList();
    if (agreeing.stream().map(Claim::source).distinct().count() < 2) {
      return null;
    }
    List<Claim> cited = Findings.firstPerSourceAndValue(agreeing);
    boolean approximate = cited.stream().anyMatch(c -> APPROXIMATE.contains(c.attribute("bound")));
    String summary = cited.stream().map(Claim::source).distinct().count() + " sources agree on " + what + ": "
        + stated(cited) + " (" + Findings.sourceList(cited) + ")";
    return Findings.of(FindingKind.AGREEMENT, ID, Severity.INFO, approximate ? 0.7 : 0.85, summary, g.entity(),
        g.slot(), cited);
  }

  /**
   * The interval a claim's value allows, from its written bounds (a missing bound is infinite), read as an editor
   * would: "nearly $80 million" does not exclude $80 million, and "$80 million" is rounded to its last digit.
   */
  static NumberInterval interval(Claim c) {
    BigDecimal lo = c.attribute("lo").isEmpty() ? null : new BigDecimal(c.attribute("lo"));
    BigDecimal hi = c.attribute("hi").isEmpty() ? null : new BigDecimal(c.attribute("hi"));
    boolean approximate = APPROXIMATE.contains(c.attribute("bound"));
    boolean loClosed = approximate || !"false".equals(c.attribute("lo-closed"));
    boolean hiClosed = approximate || !"false".equals(c.attribute("hi-closed"));
    if (lo != null && lo.equals(hi) && lo.abs().compareTo(ROUNDED) >= 0) {
      BigDecimal half = BigDecimal.ONE.scaleByPowerOfTen(-lo.stripTrailingZeros().scale()).divide(BigDecimal.valueOf(2));
      return new NumberInterval(lo.subtract(half), true, hi.add(half), true);
    }
    return new NumberInterval(lo, loClosed, hi, hiClosed);
  }

  private static boolean asserted(Claim c) {
    return !NOT_ASSERTED.contains(c.attribute("modality"));
  }

  /** Two tariffs dated to different times may both be right: a rate changed between them. */
  private static boolean datedApart(Claim a, Claim b) {
    return !a.attribute("date").isEmpty() && !b.attribute("date").isEmpty() && !a.attribute("date").equals(b.attribute("date"));
  }

  /** Lower when a side is approximate, when only one side is dated, or when whose it is was inferred. */
  private static double confidence(Claim a, Claim b) {
    double c = 0.8;
    if (APPROXIMATE.contains(a.attribute("bound")) || APPROXIMATE.contains(b.attribute("bound"))) {
      c -= 0.2;
    }
    if (a.attribute("date").isEmpty() != b.attribute("date").isEmpty()) {
      c -= 0.1;
    }
    if (inferredHolder(a) || inferredHolder(b)) {
      c -= 0.1;
    }
    return c;
  }

  private static boolean inferredHolder(Claim c) {
    return c.attribute("holder-basis").equals("earlier sentence") || c.attribute("holder-basis").equals("antecedent");
  }

  /** How far apart two disjoint intervals are, relative to the larger of the facing bounds. */
  static BigDecimal relativeGap(NumberInterval a, NumberInterval b) {
    boolean aBelow = a.hi() != null && (b.lo() != null && a.hi().compareTo(b.lo()) <= 0);
    NumberInterval lower = aBelow ? a : b;
    NumberInterval upper = aBelow ? b : a;
    if (lower.hi() == null || upper.lo() == null) {
      return BigDecimal.ZERO;
    }
    BigDecimal scale = lower.hi().abs().max(upper.lo().abs());
    return scale.signum() == 0 ? BigDecimal.ZERO
        : upper.lo().subtract(lower.hi()).abs().divide(scale, MathContext.DECIMAL64);
  }

  private static Severity severity(BigDecimal gap) {
    if (gap.compareTo(new BigDecimal("0.5")) >= 0) {
      return Severity.HIGH;
    }
    return gap.compareTo(new BigDecimal("0.15")) >= 0 ? Severity.MEDIUM : Severity.LOW;
  }

  private static String stated(List<Claim> claims) {
    return String.join(" / ", claims.stream().map(c -> "“" + c.attribute("stated") + "”").distinct().toList());
  }

  private static double round(double v) {
    return Math.round(v * 100) / 100.0;
  }
}
