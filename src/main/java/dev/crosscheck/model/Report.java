package dev.crosscheck.model;

import java.util.List;

/**
 * The result of a check: the sources, and the findings sorted by kind (contradictions first) then id.
 *
 * @param schema the version of this layout, bumped when a field changes meaning
 * @param uncorroborated claims only one source makes, counted per kind, e.g. "quote: 12"
 */
public record Report(String schema, List<SourceSummary> sources, List<Finding> findings, List<String> uncorroborated) {
  public static final String SCHEMA = "crosscheck-report/1";

  public Report {
    sources = List.copyOf(sources);
    findings = List.copyOf(findings);
    uncorroborated = List.copyOf(uncorroborated);
  }

  public long count(FindingKind kind) {
    return findings.stream().filter(f -> f.kind() == kind).count();
  }
}
