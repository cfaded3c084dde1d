package dev.crosscheck;

import dev.crosscheck.align.Aligner;
import dev.crosscheck.align.ClaimGroup;
import dev.crosscheck.copies.CopyDetector;
import dev.crosscheck.extract.Extraction;
import dev.crosscheck.ingest.Cleaner;
import dev.crosscheck.judge.Judge;
import dev.crosscheck.judge.Judgement;
import dev.crosscheck.model.Aliases;
import dev.crosscheck.model.Article;
import dev.crosscheck.model.Claim;
import dev.crosscheck.model.CopiedPassages;
import dev.crosscheck.model.Finding;
import dev.crosscheck.model.Report;
import dev.crosscheck.model.Segmented;
import dev.crosscheck.model.Source;
import dev.crosscheck.normalise.Expression;
import dev.crosscheck.normalise.Normaliser;
import dev.crosscheck.report.ClaimsFile;
import dev.crosscheck.report.ExpressionJson;
import dev.crosscheck.report.Reports;
import dev.crosscheck.resolve.EntityResolver;
import dev.crosscheck.resolve.Resolution;
import dev.crosscheck.segment.Segmenter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The whole check as plain chained calls of pure stages: clean → segment → (copied passages) → normalise → extract
 * → resolve → align → judge → report. Per-source stages run in parallel; results keep the sources' order, so output is the
 * same on any number of threads.
 */
public final class Pipeline {
  private Pipeline() {}

  public static CheckResult run(List<Source> sources) {
    return run(sources, Aliases.NONE, PipelineListener.NONE);
  }

  /** The same check, telling {@code listener} as each stage starts and ends. */
  public static CheckResult run(List<Source> sources, PipelineListener listener) {
    return run(sources, Aliases.NONE, listener);
  }

  /** The check with the user's own aliases ({@code sources/aliases.json}) laid over the shipped gazetteer. */
  public static CheckResult run(List<Source> sources, Aliases aliases) {
    return run(sources, aliases, PipelineListener.NONE);
  }

  /** The check with the user's aliases, telling {@code listener} as each stage starts and ends. */
  public static CheckResult run(List<Source> sources, Aliases aliases, PipelineListener listener) {
    return run(sources, aliases, listener, Map.of());
  }

  /**
   * The check, reusing what the per-source stages made of every source whose content hash is a key of
   * {@code prepared} (the last run's, for the same aliases and code): unchanged sources are neither cleaned,
   * segmented, searched for mentions, normalised nor extracted again; the stages across sources run on all. The
   * output is the same as a run from scratch.
   */
  public static CheckResult run(List<Source> sources, Aliases aliases, PipelineListener listener,
      Map<String, PreparedSource> prepared) {
    Set<String> ids = new HashSet<>();
    for (Source s : sources) {
      if (!ids.add(s.id())) {
        throw new IllegalArgumentException("two sources share the id " + s.id());
      }
    }
    listener.stageStarted("clean+segment", sources.size());
    List<String> hashes = sources.parallelStream().map(ClaimsFile::contentHash).toList();
    // the metadata check guards against a cache entry filed under the wrong hash: it is made again, never trusted
    List<PreparedSource> kept = java.util.stream.IntStream.range(0, sources.size()).mapToObj(i -> {
      PreparedSource p = prepared.get(hashes.get(i));
      return p != null && p.segmented().article().meta().equals(sources.get(i).meta()) ? p : null;
    }).toList();
    List<Segmented> segmented = java.util.stream.IntStream.range(0, sources.size()).parallel().mapToObj(i -> {
      Segmented done = kept.get(i) != null ? kept.get(i).segmented() : Segmenter.segment(Cleaner.clean(sources.get(i)));
      listener.sourceDone();
      return done;
    }).toList();
    listener.stageFinished("clean+segment");
    listener.stageStarted("copies", segmented.size());
    CopiedPassages copied = CopyDetector.find(segmented);
    listener.stageFinished("copies");
    listener.stageStarted("normalise", segmented.size());
    // null where a source is prepared already: its expressions and claims come from the cache
    List<List<Expression>> found = java.util.stream.IntStream.range(0, segmented.size()).parallel().mapToObj(i -> {
      Segmented s = segmented.get(i);
      List<Expression> expressions = kept.get(i) != null ? null : Normaliser.find(s.text(), s.article().meta().reference());
      listener.sourceDone();
      return expressions;
    }).toList();
    List<List<ExpressionJson>> normalised = java.util.stream.IntStream.range(0, segmented.size())
        .mapToObj(i -> kept.get(i) != null ? kept.get(i).expressions()
            : found.get(i).stream().map(ExpressionJson::of).toList()).toList();
    listener.stageFinished("normalise");
    listener.stageStarted("extract", segmented.size());
    List<List<Claim>> extracted = java.util.stream.IntStream.range(0, segmented.size()).parallel().mapToObj(i -> {
      List<Claim> claims = kept.get(i) != null ? kept.get(i).claims() : Extraction.extract(segmented.get(i), found.get(i));
      listener.sourceDone();
      return claims;
    }).toList();
    listener.stageFinished("extract");
    List<Claim> all = new ArrayList<>();
    extracted.forEach(all::addAll);
    listener.stageStarted("resolve", all.size());
    Resolution resolution = EntityResolver.resolve(segmented,
        kept.stream().map(k -> k == null ? null : k.mentions()).toList(), all, aliases);
    List<Claim> resolved = resolution.claims();
    listener.stageFinished("resolve");
    listener.stageStarted("align", resolved.size());
    List<ClaimGroup> groups = Aligner.align(resolved);
    listener.stageFinished("align");
    listener.stageStarted("judge", groups.size());
    Judgement judgement = Judge.judge(groups, copied, segmented.stream().map(Segmented::id).toList());
    List<Finding> findings = judgement.findings();
    listener.stageFinished("judge");
    listener.stageStarted("report", findings.size());

    TreeMap<String, List<Claim>> bySource = new TreeMap<>();
    TreeMap<String, List<ExpressionJson>> expressions = new TreeMap<>();
    TreeMap<String, String> hashBySource = new TreeMap<>();
    for (int i = 0; i < segmented.size(); i++) {
      bySource.put(segmented.get(i).id(), new ArrayList<>());
      expressions.put(segmented.get(i).id(), normalised.get(i));
      hashBySource.put(segmented.get(i).id(), hashes.get(i));
    }
    for (Claim c : resolved) {
      bySource.get(c.source()).add(c);
    }
    List<Article> articles = segmented.stream().map(Segmented::article).toList();
    Report report = Reports.build(articles, resolution.entities(), bySource, groups, findings, judgement.reliability(),
        copied);
    listener.stageFinished("report");
    List<PreparedSource> made = java.util.stream.IntStream.range(0, segmented.size())
        .mapToObj(i -> kept.get(i) != null ? kept.get(i)
            : new PreparedSource(hashes.get(i), segmented.get(i), resolution.mentions().get(i), extracted.get(i),
                normalised.get(i))).toList();
    return new CheckResult(articles, bySource, expressions, hashBySource, report, made);
  }
}
