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
 */
public record Report(String schema, List<SourceSummary> sources, List<Entity> entities, List<Finding> findings,
    SortedMap<String, Integer> uncorroborated, List<CopiedPassage> copied) {
  /** Version 2: claims and findings name entities by id, and {@code entities} says who is who. */
  public static final String SCHEMA = "crosscheck-report/2";

  public Report(String schema, List<SourceSummary> sources, List<Entity> entities, List<Finding> findings,
      SortedMap<String, Integer> uncorroborated) {
    this(schema, sources, entities, findings, uncorroborated, List.of());
  }

  public Report {
    copied = List.copyOf(copied);
    sources = List.copyOf(sources);
    entities = List.copyOf(entities);
    findings = List.copyOf(findings);
    uncorroborated = Collections.unmodifiableSortedMap(new TreeMap<>(uncorroborated));
  }

  public long count(FindingKind kind) {
    return findings.stream().filter(f -> f.kind() == kind).count();
  }
}
