package dev.crosscheck;

import dev.crosscheck.align.Aligner;
import dev.crosscheck.align.ClaimGroup;
import dev.crosscheck.extract.Extraction;
import dev.crosscheck.ingest.Cleaner;
import dev.crosscheck.judge.Judge;
import dev.crosscheck.model.Aliases;
import dev.crosscheck.model.Article;
import dev.crosscheck.model.Claim;
import dev.crosscheck.model.Finding;
import dev.crosscheck.model.Report;
import dev.crosscheck.model.Segmented;
import dev.crosscheck.model.Source;
import dev.crosscheck.report.Reports;
import dev.crosscheck.resolve.EntityResolver;
import dev.crosscheck.resolve.Resolution;
import dev.crosscheck.segment.Segmenter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

/**
 * The whole check as plain chained calls of pure stages: clean → segment → extract → resolve → align →
 * judge → report. Per-source stages run in parallel; results keep the sources' order, so output is the
 * same on any number of threads.
 */
public final class Pipeline {
  private Pipeline() {}

  public static CheckResult run(List<Source> sources) {
    return run(sources, Aliases.NONE);
  }

  /** The check with the user's own aliases ({@code sources/aliases.json}) laid over the shipped gazetteer. */
  public static CheckResult run(List<Source> sources, Aliases aliases) {
    Set<String> ids = new HashSet<>();
    for (Source s : sources) {
      if (!ids.add(s.id())) {
        throw new IllegalArgumentException("two sources share the id " + s.id());
      }
    }
    List<Segmented> segmented = sources.parallelStream().map(Cleaner::clean).map(Segmenter::segment).toList();
    List<List<Claim>> extracted = segmented.parallelStream().map(Extraction::extract).toList();
    List<Claim> all = new ArrayList<>();
    extracted.forEach(all::addAll);
    Resolution resolution = EntityResolver.resolve(segmented, all, aliases);
    List<Claim> resolved = resolution.claims();
    List<ClaimGroup> groups = Aligner.align(resolved);
    List<Finding> findings = Judge.judge(groups);

    TreeMap<String, List<Claim>> bySource = new TreeMap<>();
    for (Segmented s : segmented) {
      bySource.put(s.id(), new ArrayList<>());
    }
    for (Claim c : resolved) {
      bySource.get(c.source()).add(c);
    }
    List<Article> articles = segmented.stream().map(Segmented::article).toList();
    Report report = Reports.build(articles, resolution.entities(), bySource, groups, findings);
    return new CheckResult(articles, bySource, report);
  }
}
