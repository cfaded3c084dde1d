package dev.crosscheck.cli;

import dev.crosscheck.BadInputException;
import dev.crosscheck.CheckResult;
import dev.crosscheck.CheckSession;
import dev.crosscheck.ingest.AliasesFile;
import dev.crosscheck.ingest.SourceFiles;
import dev.crosscheck.store.ReviewsFile;
import dev.crosscheck.store.Workspace;
import dev.crosscheck.store.WorkspaceLock;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * What {@code crosscheck watch} does: checks the workspace, then checks it again each time {@code sources/} or
 * {@code reports/reviews.json} changes, until {@link #stop}. Changes are gathered until the folders have been quiet
 * for {@link #SETTLE}, so a copy of many files or an editor's save-by-rename makes one re-check. The workspace lock is
 * taken for each check only. Input errors and bugs are reported and the watch goes on; the outputs of the last good
 * check stay as they were.
 */
final class WorkspaceWatch {
  /** How long the watched folders must stay quiet before a re-check starts. */
  static final Duration SETTLE = Duration.ofMillis(200);
  /** A stream of changes longer than this is checked as it stands (and again after it ends). */
  private static final Duration LONGEST_BURST = Duration.ofSeconds(5);
  /** How often to try again while the lock was busy or a watched folder is missing. */
  private static final long RETRY_MILLIS = 1000;
  /** Rehearsals after the first check while nothing changes, so the JIT has compiled what a re-check runs. */
  private static final int REHEARSALS = 2;

  private final CheckSession session;
  private final Workspace ws;
  private final LockOption lock;
  private final boolean quiet;
  private final PrintWriter out;
  private final PrintWriter err;
  private final WatchService service;
  private final Map<Path, WatchKey> keys = new HashMap<>();
  private final CountDownLatch ended = new CountDownLatch(1);
  private volatile boolean stopped;
  private boolean retry;
  /** The content hash of each source at the last check that wrote its outputs; null before the first. */
  private @Nullable SortedMap<String, String> checked;

  WorkspaceWatch(Path root, LockOption lock, boolean quiet, PrintWriter out, PrintWriter err) throws IOException {
    this.session = new CheckSession(root);
    this.ws = new Workspace(root);
    this.lock = lock;
    this.quiet = quiet;
    this.out = out;
    this.err = err;
    if (!Files.isDirectory(ws.sources())) {
      throw new BadInputException(ws.sources(), "no sources folder (run 'crosscheck init' or give --workspace)");
    }
    this.service = FileSystems.getDefault().newWatchService();
  }

  /** Checks, then re-checks after each change until {@link #stop}; returns the exit code. */
  int run() {
    try {
      register(); // before the first check, so nothing that lands during it is missed
      check(Set.of(), System.nanoTime());
      register(); // reports/ is made by the first check
      if (!quiet) {
        err.println("crosscheck: watching sources/ and reports/" + ReviewsFile.NAME + " (Ctrl-C stops)");
        err.flush();
      }
      int rehearsals = checked == null ? 0 : REHEARSALS;
      while (!stopped) {
        long idle = rehearsals > 0 ? 0 : retry || keys.size() < 2 ? RETRY_MILLIS : TimeUnit.MINUTES.toMillis(1);
        long[] firstSeen = {0};
        Set<String> seen = nextChanges(idle, firstSeen);
        register();
        if (!seen.isEmpty() || (retry && !stopped)) {
          rehearsals = 0;
          check(seen, seen.isEmpty() ? System.nanoTime() : firstSeen[0]);
        } else if (rehearsals > 0) {
          rehearsals--;
          rehearse();
        }
      }
    } catch (ClosedWatchServiceException e) {
      // stop() closed the service: the watch is over
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt(); // whoever interrupted the thread wants it to end: so does the watch
    } finally {
      close();
      ended.countDown();
    }
    return Main.OK;
  }

  /** Ends the watch: a check under way finishes (its writes are atomic either way), then {@link #run} returns. */
  void stop() {
    stopped = true;
    close();
  }

  /** Waits up to {@code timeout} for {@link #run} to return; true if it did. */
  boolean awaitEnd(Duration timeout) throws InterruptedException {
    return ended.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
  }

  private void close() {
    try {
      service.close();
    } catch (IOException ignored) {
      // the watch is ending: nothing left to release
    }
  }

  /** Watches sources/ and reports/ where not watched yet (reports/ appears with the first check). */
  private void register() {
    for (Path dir : List.of(ws.sources(), ws.reports())) {
      WatchKey key = keys.get(dir);
      if ((key == null || !key.isValid()) && Files.isDirectory(dir)) {
        try {
          keys.put(dir, dir.register(service, StandardWatchEventKinds.ENTRY_CREATE,
              StandardWatchEventKinds.ENTRY_DELETE, StandardWatchEventKinds.ENTRY_MODIFY));
        } catch (IOException e) {
          keys.remove(dir); // tried again on the next turn
        }
      }
    }
  }

  /**
   * Waits up to {@code idleMillis} for a change that matters, then until the folders have been quiet for
   * {@link #SETTLE}; returns the changed files ("sources/a.txt"), empty when none came. {@code firstSeen[0]} gets the
   * time the first of them was seen.
   */
  private Set<String> nextChanges(long idleMillis, long[] firstSeen) throws InterruptedException {
    Set<String> seen = new TreeSet<>();
    while (true) {
      if (!seen.isEmpty() && System.nanoTime() - firstSeen[0] > LONGEST_BURST.toNanos()) {
        return seen;
      }
      WatchKey key = service.poll(seen.isEmpty() ? idleMillis : SETTLE.toMillis(), TimeUnit.MILLISECONDS);
      if (key == null) {
        return seen;
      }
      boolean wasEmpty = seen.isEmpty();
      collect(key, seen);
      if (wasEmpty && !seen.isEmpty()) {
        firstSeen[0] = System.nanoTime();
      }
    }
  }

  private void collect(WatchKey key, Set<String> seen) {
    Path dir = (Path) key.watchable();
    for (WatchEvent<?> event : key.pollEvents()) {
      if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
        seen.add(ws.root().relativize(dir) + "/…"); // events were lost: check anyway
      } else if (event.context() instanceof Path name && matters(dir, name)) {
        seen.add(ws.root().relativize(dir.resolve(name)).toString());
      }
    }
    if (!key.reset()) {
      keys.remove(dir); // the folder is gone; watched again when it is back
    }
  }

  /**
   * Whether a change to {@code name} in {@code dir} can change what a check writes: sources, sidecars and aliases
   * in sources/, reviews.json in reports/. Dotfiles (the temp files of atomic writes, editors' swap and lock files)
   * and editor backups ("a.txt~") are not sources.
   */
  boolean matters(Path dir, Path name) {
    String n = name.toString();
    if (dir.equals(ws.reports())) {
      return n.equals(ReviewsFile.NAME);
    }
    return !n.startsWith(".") && (SourceFiles.textSuffix(name) != null || n.endsWith(SourceFiles.META_SUFFIX)
        || n.equals(AliasesFile.NAME));
  }

  /** One check under the workspace lock, and its line; a failure is reported and the outputs stay as they were. */
  private void check(Set<String> seen, long changeSeen) {
    long start = System.nanoTime();
    if (!Files.isDirectory(ws.sources())) {
      if (!retry) { // said once; checked again each second until the folder is back
        report(ws.sources() + ": no sources folder (removed while watching?); waiting for it");
      }
      retry = true;
      return;
    }
    WorkspaceLock held;
    try {
      held = lock.acquire(ws.root(), "watch");
    } catch (BadInputException e) {
      retry = true; // another run holds the workspace: these changes are checked when it is free
      report(e.getMessage());
      return;
    }
    retry = false;
    CheckResult result;
    try (held; ProgressDisplay progress = new ProgressDisplay(quiet)) {
      result = session.checkAndWrite(progress);
    } catch (BadInputException e) {
      report(e.getMessage()); // nothing was written: fixing the file makes the next check
      return;
    } catch (RuntimeException e) {
      // a bug met in one source must not stop the watch over the others (the outputs stay as they were): report it
      report("internal error: " + e);
      return;
    }
    SortedMap<String, String> before = checked;
    checked = result.hashes();
    if (quiet) {
      return;
    }
    if (before == null) {
      out.print(CheckSummary.lines(ws.root(), result));
    } else {
      String reviews = CheckSummary.reviews(result.report());
      out.println(changes(before, result.hashes(), seen) + ": " + CheckSummary.counts(result)
          + (reviews == null ? "" : "; " + reviews));
    }
    out.flush();
    long end = System.nanoTime();
    err.printf(Locale.ROOT, seen.isEmpty() ? "crosscheck: checked in %.2f s%n"
        : "crosscheck: checked in %.2f s, %.2f s after the change%n", (end - start) / 1e9, (end - changeSeen) / 1e9);
    err.flush();
  }

  /** A check that writes nothing, to warm the JIT up ({@link CheckSession#rehearse}); a change cuts the series short. */
  private void rehearse() {
    try {
      session.rehearse();
    } catch (RuntimeException e) {
      // only a rehearsal: the next real check reports any problem
    }
  }

  private void report(String message) {
    err.println("crosscheck: " + message);
    err.flush();
  }

  /**
   * What changed since the last check, from the sources' content hashes and the files seen changing:
   * "+ 1 source (ecb-1001), ~ 2 sources (a, b), reviews.json changed", or "no change".
   */
  static String changes(Map<String, String> before, Map<String, String> now, Set<String> seen) {
    List<String> added = new ArrayList<>();
    List<String> changed = new ArrayList<>();
    for (Map.Entry<String, String> e : now.entrySet()) {
      String old = before.get(e.getKey());
      if (old == null) {
        added.add(e.getKey());
      } else if (!old.equals(e.getValue())) {
        changed.add(e.getKey());
      }
    }
    List<String> removed = before.keySet().stream().filter(id -> !now.containsKey(id)).sorted().toList();
    List<String> parts = new ArrayList<>();
    part(parts, "+", added);
    part(parts, "-", removed);
    part(parts, "~", changed);
    if (seen.contains("sources/" + AliasesFile.NAME)) {
      parts.add(AliasesFile.NAME + " changed");
    }
    if (seen.contains("reports/" + ReviewsFile.NAME)) {
      parts.add(ReviewsFile.NAME + " changed");
    }
    return parts.isEmpty() ? "no change" : String.join(", ", parts);
  }

  private static void part(List<String> parts, String sign, List<String> ids) {
    if (ids.isEmpty()) {
      return;
    }
    List<String> sorted = ids.stream().sorted().toList();
    String shown = sorted.size() <= 3 ? String.join(", ", sorted)
        : String.join(", ", sorted.subList(0, 3)) + " and " + (sorted.size() - 3) + " more";
    parts.add(sign + " " + sorted.size() + (sorted.size() == 1 ? " source (" : " sources (") + shown + ")");
  }
}
