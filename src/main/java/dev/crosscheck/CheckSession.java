package dev.crosscheck;

import dev.crosscheck.model.Aliases;
import dev.crosscheck.model.Report;
import dev.crosscheck.report.ReportFiles;
import dev.crosscheck.store.ClaimsCache;
import dev.crosscheck.store.PreparedSourcesFile;
import dev.crosscheck.store.Workspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * One workspace checked again and again in one JVM ({@code crosscheck watch}). It keeps in memory what the two caches
 * of {@code .crosscheck/} held after its last check, so a re-check does not decode them again (about 0.2 s of CPU
 * each at 1,000 sources). What it keeps is used only while the cache file is still the very file this session last
 * wrote or read (same size, time and inode), so a {@code check} run from another terminal meanwhile makes it read
 * the file again, exactly as a {@code check} would. One check at a time: not for use from two threads at once.
 *
 * <pre>{@code
 * CheckSession session = new CheckSession(Path.of("my-story"));
 * session.checkAndWrite(PipelineListener.NONE); // as CrossCheck.checkAndWrite, and again after each change
 * }</pre>
 */
public final class CheckSession {
  private final Workspace workspace;
  private @Nullable Kept<Map<String, PreparedSource>> prepared;
  private @Nullable Aliases preparedWith;
  private @Nullable Kept<Map<String, ClaimsCache.Entry>> claims;

  /** A cache's content and the stamp of the file that held it ({@code null}: no such file). */
  private record Kept<T>(T content, @Nullable Stamp stamp) {}

  /** What tells one version of a file from another: an atomic rewrite always changes the inode. */
  private record Stamp(long size, long modifiedNanos, @Nullable Object fileKey) {
    static @Nullable Stamp of(Path file) {
      try {
        BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
        return new Stamp(a.size(), a.lastModifiedTime().to(TimeUnit.NANOSECONDS), a.fileKey());
      } catch (IOException e) {
        return null;
      }
    }
  }

  public CheckSession(Path workspace) {
    this.workspace = new Workspace(workspace);
  }

  public Path root() {
    return workspace.root();
  }

  /**
   * Checks the workspace and writes {@code claims/} and {@code reports/}, as {@link CrossCheck#checkAndWrite}: the
   * same bytes, taking the caches from memory where they are still what the files hold.
   */
  public CheckResult checkAndWrite(PipelineListener listener) {
    return CrossCheck.checkReviewed(workspace, listener, true, this);
  }

  /**
   * Checks the workspace as it stands and renders the reports, writing nothing and taking no lock. A fresh JVM runs
   * the stages across sources and the renderings only once in a first check, so its first re-checks ran at half speed
   * while the JIT caught up; a rehearsal or two after the first check has them compiled before a source arrives.
   * Input problems throw {@link BadInputException}, as a check would.
   */
  public void rehearse() {
    Report report = CrossCheck.checkReviewed(workspace, PipelineListener.NONE, false, this).report();
    ReportFiles.of(report).values().forEach(java.util.function.Supplier::get);
  }

  /** The prepared sources kept from the last check, if made with {@code aliases} and still what the file holds. */
  synchronized @Nullable Map<String, PreparedSource> prepared(Aliases aliases) {
    return prepared != null && aliases.equals(preparedWith) && current(prepared, PreparedSourcesFile.path(workspace))
        ? prepared.content() : null;
  }

  /** The claims cache kept from the last check, if still what the file holds. */
  synchronized @Nullable Map<String, ClaimsCache.Entry> claims() {
    return claims != null && current(claims, ClaimsCache.path(workspace)) ? claims.content() : null;
  }

  /** After a check has written its outputs and both caches (under the workspace lock): what the caches now hold. */
  synchronized void remember(CheckResult result, Aliases aliases, Map<String, ClaimsCache.Entry> claimsCache) {
    Map<String, PreparedSource> byHash = result.prepared().stream()
        .collect(Collectors.toUnmodifiableMap(PreparedSource::contentHash, Function.identity(), (a, b) -> a));
    prepared = new Kept<>(byHash, Stamp.of(PreparedSourcesFile.path(workspace)));
    preparedWith = aliases;
    claims = new Kept<>(Map.copyOf(claimsCache), Stamp.of(ClaimsCache.path(workspace)));
  }

  private static boolean current(Kept<?> kept, Path file) {
    return Objects.equals(kept.stamp(), Stamp.of(file));
  }
}
