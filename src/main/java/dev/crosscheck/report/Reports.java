package dev.crosscheck.report;

import dev.crosscheck.model.Words;
import dev.crosscheck.align.ClaimGroup;
import dev.crosscheck.model.Article;
import dev.crosscheck.model.Claim;
import dev.crosscheck.model.CopiedPassages;
import dev.crosscheck.model.SourceReliability;
import dev.crosscheck.model.Entity;
import dev.crosscheck.model.Finding;
import dev.crosscheck.model.Report;
import dev.crosscheck.model.SourceMeta;
import dev.crosscheck.model.SourceSummary;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Assembles the report model that every report format is rendered from. */
public final class Reports {
  private Reports() {}

  public static Report build(List<Article> articles, Map<String, List<Claim>> claimsBySource, List<ClaimGroup> groups,
      List<Finding> findings) {
    return build(articles, List.of(), claimsBySource, groups, findings);
  }

  public static Report build(List<Article> articles, List<Entity> entities, Map<String, List<Claim>> claimsBySource,
      List<ClaimGroup> groups, List<Finding> findings) {
    return build(articles, entities, claimsBySource, groups, findings, Map.of(), CopiedPassages.NONE);
  }

  /** The report with each source's reliability and the passages copied between sources. */
  public static Report build(List<Article> articles, List<Entity> entities, Map<String, List<Claim>> claimsBySource,
      List<ClaimGroup> groups, List<Finding> findings, Map<String, SourceReliability> reliability,
      CopiedPassages copied) {
    List<SourceSummary> sources = new ArrayList<>();
    for (Article a : articles.stream().sorted(Comparator.comparing(Article::id)).toList()) {
      SourceMeta m = a.meta();
      SourceReliability r = reliability.get(a.id());
      sources.add(new SourceSummary(m.id(), m.title(), m.outlet(), m.url(), m.published(), m.estimated(), m.basis(),
          Words.count(a.text()), claimsBySource.getOrDefault(a.id(), List.of()).size(), a.notes(),
          r == null ? 0.5 : r.score(), r == null ? SourceSummary.NOT_COMPUTED : r.basis()));
    }
    TreeMap<String, Integer> uncorroborated = new TreeMap<>();
    java.util.Set<String> cited = new java.util.HashSet<>();
    findings.forEach(f -> f.claims().forEach(c -> cited.add(c.claim() + "@" + c.source())));
    for (ClaimGroup g : groups) {
      if (g.sourceCount() == 1) {
        for (Claim c : g.claims()) {
          if (!cited.contains(c.id() + "@" + c.source())) {
            uncorroborated.merge(c.kind(), 1, Integer::sum);
          }
        }
      }
    }
    return new Report(Report.SCHEMA, sources, entities, findings, uncorroborated, copied.passages(), List.of());
  }
}
