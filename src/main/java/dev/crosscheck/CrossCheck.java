package dev.crosscheck;

import dev.crosscheck.ingest.AliasesFile;
import dev.crosscheck.ingest.SourceFiles;
import dev.crosscheck.model.Aliases;
import dev.crosscheck.model.Report;
import dev.crosscheck.model.Source;
import dev.crosscheck.review.ReviewLog;
import dev.crosscheck.report.ClaimsFile;
import dev.crosscheck.store.ClaimsCache;
import dev.crosscheck.store.PreparedSourcesFile;
import dev.crosscheck.store.ReviewsFile;
import dev.crosscheck.store.Workspace;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/**
 * The library API: check a workspace, or a list of sources held in memory.
 *
 * <pre>{@code
 * Report report = CrossCheck.check(Path.of("my-story")).report();   // reads sources/, writes nothing
 * CheckResult result = CrossCheck.checkAndWrite(Path.of("my-story")); // also writes claims/ and reports/
 * }</pre>
 *
 * Input problems throw {@link BadInputException} with a one-line message naming the file.
 */
public final class CrossCheck {
  private CrossCheck() {}

  /** Reads the workspace's sources and checks them; writes nothing. */
  public static CheckResult check(Path workspace) {
    Path sources = new Workspace(workspace).sources();
    return check(SourceFiles.readAll(sources), AliasesFile.read(sources));
  }

  /** Checks sources held in memory with the user's own aliases. */
  public static CheckResult check(List<Source> sources, Aliases aliases) {
    return Pipeline.run(sources, aliases);
  }

  /** Checks sources held in memory. */
  public static CheckResult check(List<Source> sources) {
    return Pipeline.run(sources);
  }

  /**
   * Checks the workspace and writes {@code claims/} and {@code reports/} atomically. Sources unchanged since
   * the last check (same text, metadata, aliases and build) are not read again: what the per-source stages made of
   * them comes from the cache in {@code .crosscheck/}; claims files whose content did not change are left alone.
   */
  public static CheckResult checkAndWrite(Path workspace) {
    return checkAndWrite(workspace, PipelineListener.NONE);
  }

  /** The same, telling {@code listener} how the check is going (for a progress bar). */
  public static CheckResult checkAndWrite(Path workspace, PipelineListener listener) {
    return checkReviewed(new Workspace(workspace), listener, true, null);
  }

  /**
   * Checks the workspace (reusing what the per-source stages made of unchanged sources) and attaches the decisions of
   * {@code reports/reviews.json} to the findings; writes nothing.
   */
  public static CheckResult checkReviewed(Path workspace) {
    return checkReviewed(new Workspace(workspace), PipelineListener.NONE, false, null);
  }

  /** The check itself; {@code session}, when given, lends the caches it keeps in memory and learns the new ones. */
  static CheckResult checkReviewed(Workspace ws, PipelineListener listener, boolean write,
      @Nullable CheckSession session) {
    // the two caches are read on a thread of their own while this one (and the common pool) reads the sources:
    // neither read can fail, a cache that cannot be used only makes the check slower
    java.util.concurrent.ExecutorService cacheReader = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, "crosscheck-cache-read");
      t.setDaemon(true);
      return t;
    });
    // what the per-source stages made of unchanged sources last time (README: A workspace); the aliases are read
    // here for the cache's key only: a bad aliases file is reported below, in its turn
    CompletableFuture<Map<String, PreparedSource>> preparedRead = CompletableFuture.supplyAsync(() -> {
      try {
        Aliases keyAliases = AliasesFile.read(ws.sources());
        Map<String, PreparedSource> kept = session == null ? null : session.prepared(keyAliases);
        return kept != null ? kept : PreparedSourcesFile.read(ws, keyAliases);
      } catch (RuntimeException e) {
        return Map.<String, PreparedSource>of();
      }
    }, cacheReader);
    // what the claims files hold, as the last check wrote them (where unchanged since): only a writing check needs it
    CompletableFuture<Map<String, ClaimsCache.Entry>> cached = write ? CompletableFuture.supplyAsync(() -> {
      Map<String, ClaimsCache.Entry> kept = session == null ? null : session.claims();
      return kept != null ? kept : ClaimsCache.read(ws);
    }, cacheReader) : CompletableFuture.completedFuture(Map.of());
    // queued behind the read on the same thread, so the join below never waits
    CompletableFuture<Map<String, ClaimsFile>> onDisk =
        CompletableFuture.supplyAsync(() -> ClaimsCache.onDisk(ws, cached.join()), cacheReader);
    cacheReader.shutdown(); // the tasks above still run; the thread ends after them
    // read first: a reviews file this version cannot read stops the check before anything is written
    ReviewLog reviews = ReviewsFile.read(ws);
    List<Source> sources = SourceFiles.readAll(ws.sources());
    Aliases aliases = AliasesFile.read(ws.sources());
    Map<String, PreparedSource> prepared = preparedRead.join();
    CheckResult result = Pipeline.run(sources, aliases, listener, prepared);
    result = result.withReport(reviews.attach(result.report()));
    if (write) {
      // the cache of per-source results is written on another core meanwhile: it does not depend on the outputs
      CheckResult done = result;
      CompletableFuture<Boolean> cacheWritten =
          CompletableFuture.supplyAsync(() -> PreparedSourcesFile.write(ws, done.prepared(), aliases, prepared));
      Map<String, ClaimsFile> contents = new java.util.TreeMap<>();
      for (String id : result.claims().keySet()) {
        contents.put(id, result.claimsFile(id));
      }
      Set<String> unchanged = ClaimsCache.unchanged(contents, onDisk.join());
      ws.write(result, unchanged);
      cacheWritten.join();
      Map<String, ClaimsCache.Entry> claimsCache = ClaimsCache.write(ws, contents, cached.join(), unchanged);
      if (session != null) {
        session.remember(result, aliases, claimsCache);
      }
    }
    return result;
  }

  /** Convenience for embedding: just the report model. */
  public static Report report(Path workspace) {
    return check(workspace).report();
  }
}
