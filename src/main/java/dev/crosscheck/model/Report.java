package dev.crosscheck.model;

import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The result of a check: the sources, and the findings sorted by kind (contradictions first) then id.
 *
 * @param schema the version of this layout, bumped when a field changes meaning
 * @param entities who and what the sources mention, sorted by id; claims and findings refer to these ids
 * @param uncorroborated how many claims, per claim kind, only one source makes (listed, not findings)
 * @param copied passages copied between sources: claims in them count as one voice
 * @param staleReviews review decisions that match no finding any more (its sources were removed or changed so
 *     much that neither its id nor its loose key is found): shown, never dropped, sorted by finding id
 */
public record Report(String schema, List<SourceSummary> sources, List<Entity> entities, List<Finding> findings,
    SortedMap<String, Integer> uncorroborated, List<CopiedPassage> copied, List<ReviewDecision> staleReviews) {
  /**
   * Version 3: each finding has its {@code review} status, {@code staleReviews} lists decisions that match
   * nothing, and cited evidence carries W3C Web Annotation selectors.
   */
  public static final String SCHEMA = "crosscheck-report/3";

  /** A report with no copied passages found and no review decisions attached yet. */
  public Report(String schema, List<SourceSummary> sources, List<Entity> entities, List<Finding> findings,
      SortedMap<String, Integer> uncorroborated) {
    this(schema, sources, entities, findings, uncorroborated, List.of(), List.of());
  }

  public Report {
    copied = List.copyOf(copied);
    staleReviews = List.copyOf(staleReviews);
    sources = List.copyOf(sources);
    entities = List.copyOf(entities);
    findings = List.copyOf(findings);
    uncorroborated = Collections.unmodifiableSortedMap(new TreeMap<>(uncorroborated));
  }

  /** The same report with findings (in the same order) and stale decisions replaced: reviews attached. */
  public Report withReviews(List<Finding> reviewed, List<ReviewDecision> stale) {
    return new Report(schema, sources, entities, reviewed, uncorroborated, copied, stale);
  }

  public long count(FindingKind kind) {
    return findings.stream().filter(f -> f.kind() == kind).count();
  }
}
