package dev.crosscheck.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

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
 * @param voices how many independent voices the cited sources are: sources that share the cited passage
 *     (copied text, see {@link CopiedPassages}) count as one; not part of the id
 * @param notes plain-language remarks on the finding (copies counted as one voice, which side is better
 *     supported); not part of the id
 * @param support for each compared value, how well its supporters are trusted (the confidence of that fact
 *     in the source-reliability computation, 0 to 1); empty when not computed; not part of the id
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
    int voices,
    List<String> notes,
    SortedMap<String, Double> support,
    Review review) {

  /** A finding before independence and reliability are weighed: every cited source one voice, no notes. */
  public Finding(String id, FindingKind kind, String rule, Severity severity, double confidence, String summary,
      String entity, String slot, List<String> values, List<Cited> claims) {
    this(id, kind, rule, severity, confidence, summary, entity, slot, values, claims,
        (int) claims.stream().map(Cited::source).distinct().count(), List.of(), new TreeMap<>(), Review.OPEN);
  }

  public Finding {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(entity, "entity");
    Objects.requireNonNull(slot, "slot");
    Objects.requireNonNull(review, "review");
    values = List.copyOf(values);
    claims = List.copyOf(claims);
    if (confidence < 0 || confidence > 1) {
      throw new IllegalArgumentException("confidence must be within [0, 1]: " + confidence);
    }
    if (claims.isEmpty()) {
      throw new IllegalArgumentException("finding " + id + " cites no claim");
    }
    notes = List.copyOf(notes);
    support = Collections.unmodifiableSortedMap(new TreeMap<>(support));
    long sources = claims.stream().map(Cited::source).distinct().count();
    if (voices < 1 || voices > sources) {
      throw new IllegalArgumentException("finding " + id + " has " + voices + " voices among " + sources + " sources");
    }
    for (Map.Entry<String, Double> e : support.entrySet()) {
      if (!values.contains(e.getKey()) || e.getValue() < 0 || e.getValue() > 1) {
        throw new IllegalArgumentException("finding " + id + ": bad support " + e);
      }
    }
  }

  /** The same finding with its independent voices counted, its confidence adjusted and notes added. */
  public Finding withVoices(int newVoices, double newConfidence, List<String> moreNotes) {
    List<String> all = new ArrayList<>(notes);
    all.addAll(moreNotes);
    return new Finding(id, kind, rule, severity, newConfidence, summary, entity, slot, values, claims, newVoices, all, support, review);
  }

  /** The same finding with the support of each value and notes added. */
  public Finding withSupport(Map<String, Double> newSupport, List<String> moreNotes) {
    List<String> all = new ArrayList<>(notes);
    all.addAll(moreNotes);
    return new Finding(id, kind, rule, severity, confidence, summary, entity, slot, values, claims, voices, all,
        new TreeMap<>(newSupport), review);
  }

  public Finding withReview(Review newReview) {
    return new Finding(id, kind, rule, severity, confidence, summary, entity, slot, values, claims, voices, notes, support,
        newReview);
  }

  /** The ids of the sources the finding cites, sorted and distinct. */
  public List<String> sources() {
    return claims.stream().map(Cited::source).distinct().sorted().toList();
  }
}
