package dev.crosscheck.model;

import java.util.List;
import java.util.Objects;

/**
 * A verdict on a group of claims about the same thing.
 *
 * @param id a fingerprint of stable facts (kind, rule, normalised keys and values, source ids): never of
 *     offsets or wording, so a review decision on it survives re-runs and edits
 * @param rule the id of the rule that produced it
 * @param entity the canonical entity the claims are about
 * @param slot what about the entity the claims say
 * @param values the distinct normalised values compared, sorted
 * @param confidence how sure the rule is, 0 to 1
 * @param claims the evidence: one entry per claim, ordered by source id then offset
 * @param review whether a reviewer has confirmed or dismissed it ({@link Review#OPEN} until a check attaches
 *     the decisions of {@code reports/reviews.json})
 */
public record Finding(
    String id,
    FindingKind kind,
    String rule,
    Severity severity,
    double confidence,
    String summary,
    String entity,
    String slot,
    List<String> values,
    List<Cited> claims,
    Review review) {

  /** A finding nobody has reviewed yet. */
  public Finding(String id, FindingKind kind, String rule, Severity severity, double confidence, String summary,
      String entity, String slot, List<String> values, List<Cited> claims) {
    this(id, kind, rule, severity, confidence, summary, entity, slot, values, claims, Review.OPEN);
  }

  public Finding {
    Objects.requireNonNull(review, "review");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(entity, "entity");
    Objects.requireNonNull(slot, "slot");
    values = List.copyOf(values);
    claims = List.copyOf(claims);
    if (confidence < 0 || confidence > 1) {
      throw new IllegalArgumentException("confidence must be within [0, 1]: " + confidence);
    }
    if (claims.isEmpty()) {
      throw new IllegalArgumentException("finding " + id + " cites no claim");
    }
  }

  public Finding withReview(Review newReview) {
    return new Finding(id, kind, rule, severity, confidence, summary, entity, slot, values, claims, newReview);
  }

  /** The ids of the sources the finding cites, sorted and distinct. */
  public List<String> sources() {
    return claims.stream().map(Cited::source).distinct().sorted().toList();
  }
}
