package dev.crosscheck.extract;

import dev.crosscheck.model.Claim;
import dev.crosscheck.model.Fingerprint;
import dev.crosscheck.model.Segmented;
import dev.crosscheck.normalise.Expression;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Runs every claim extractor over an article and gives each claim a stable id. */
public final class Extraction {
  /** Bump when extraction changes what it produces, so cached claims are re-read. */
  public static final String VERSION = "14";

  static final List<ClaimExtractor> EXTRACTORS =
      List.of(new RoleClaims(), new QuoteClaims(), new EventClaims(), new QuantityClaims(),
          new StatementClaims());

  private static final Comparator<Claim> TEXT_ORDER = Comparator
      .comparingInt((Claim c) -> c.evidence().start())
      .thenComparingInt(c -> c.evidence().end())
      .thenComparing(Claim::kind)
      .thenComparing(Claim::subject)
      .thenComparing(Claim::slot)
      .thenComparing(Claim::value);

  private Extraction() {}

  /** The article's claims in text order, each with an id made from its facts (never its offsets). */
  public static List<Claim> extract(Segmented article, List<Expression> expressions) {
    Reading reading = new Reading(article, expressions);
    List<Claim> claims = new ArrayList<>();
    for (ClaimExtractor extractor : EXTRACTORS) {
      extractor.extract(reading).forEach(c -> claims.add(Stance.of(c, article)));
    }
    claims.sort(TEXT_ORDER);
    Map<String, Integer> seen = new HashMap<>();
    List<Claim> withIds = new ArrayList<>(claims.size());
    for (Claim c : StatementClaims.uncovered(claims)) {
      String facts = c.kind() + "|" + c.subject() + "|" + c.slot() + "|" + c.value();
      int n = seen.merge(facts, 1, Integer::sum);
      withIds.add(c.withId(c.kind() + "-" + Fingerprint.of(c.source(), facts, Integer.toString(n)).substring(0, 10)));
    }
    return List.copyOf(withIds);
  }
}
