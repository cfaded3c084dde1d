package dev.crosscheck.model;

import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The result of a check: the sources, and the findings sorted by kind (contradictions first) then id.
 *
 * @param schema the version of this layout, bumped when a field changes meaning
 * @param uncorroborated how many claims, per claim kind, only one source makes (listed, not findings)
 */
public record Report(String schema, List<SourceSummary> sources, List<Finding> findings,
    SortedMap<String, Integer> uncorroborated) {
  public static final String SCHEMA = "crosscheck-report/1";

  public Report {
    sources = List.copyOf(sources);
    findings = List.copyOf(findings);
    uncorroborated = Collections.unmodifiableSortedMap(new TreeMap<>(uncorroborated));
  }

  public long count(FindingKind kind) {
    return findings.stream().filter(f -> f.kind() == kind).count();
  }
}
