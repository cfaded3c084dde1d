package dev.crosscheck;

import dev.crosscheck.model.Article;
import dev.crosscheck.model.Claim;
import dev.crosscheck.model.Report;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Everything a check produces: the cleaned articles, each source's claims (by source id) and the report.
 */
public record CheckResult(List<Article> articles, SortedMap<String, List<Claim>> claims, Report report) {
  public CheckResult {
    articles = List.copyOf(articles);
    TreeMap<String, List<Claim>> copy = new TreeMap<>();
    claims.forEach((k, v) -> copy.put(k, List.copyOf(v)));
    claims = Collections.unmodifiableSortedMap(copy);
  }
}
