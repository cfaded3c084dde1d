package dev.crosscheck;

import dev.crosscheck.model.Article;
import dev.crosscheck.model.Claim;
import dev.crosscheck.model.Report;
import java.util.Collections;
import dev.crosscheck.report.ExpressionJson;
import dev.crosscheck.report.ClaimsFile;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Everything a check produces: the cleaned articles, each source's claims and its normalised dates and
 * quantities (by source id), the report, and what the per-source stages made of each source (for reuse by the
 * next check of the same workspace).
 */
public record CheckResult(List<Article> articles, SortedMap<String, List<Claim>> claims,
    SortedMap<String, List<ExpressionJson>> expressions, SortedMap<String, String> hashes, Report report,
    List<PreparedSource> prepared) {
  public CheckResult {
    articles = List.copyOf(articles);
    prepared = List.copyOf(prepared);
    claims = copy(claims);
    expressions = copy(expressions);
    hashes = Collections.unmodifiableSortedMap(new TreeMap<>(hashes));
  }

  private static <T> SortedMap<String, List<T>> copy(Map<String, List<T>> map) {
    TreeMap<String, List<T>> copy = new TreeMap<>();
    map.forEach((k, v) -> copy.put(k, List.copyOf(v)));
    return Collections.unmodifiableSortedMap(copy);
  }

  /** The same result with another report (the same one with review decisions attached). */
  public CheckResult withReport(Report newReport) {
    return new CheckResult(articles, claims, expressions, hashes, newReport, prepared);
  }

  /** One source's claims file content. */
  public ClaimsFile claimsFile(String source) {
    return ClaimsFile.of(source, hashes.getOrDefault(source, ""), claims.getOrDefault(source, List.of()),
        expressions.getOrDefault(source, List.of()));
  }
}
