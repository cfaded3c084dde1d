package dev.crosscheck.judge;

import dev.crosscheck.model.Finding;
import dev.crosscheck.model.SourceReliability;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** What the judge stage gives the report: the findings in report order and each source's reliability, by id. */
public record Judgement(List<Finding> findings, Map<String, SourceReliability> reliability) {
  public Judgement {
    findings = List.copyOf(findings);
    reliability = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(reliability));
  }
}
