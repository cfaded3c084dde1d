package dev.crosscheck.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "watch", mixinStandardHelpOptions = true,
    description = {"Checks the workspace as 'check' does, then again each time a file in sources/ (a source, its "
        + "metadata, aliases.json) or reports/reviews.json changes, in one running JVM, until Ctrl-C (exit 0).",
        "Each re-check prints one line: what changed and the summary; its time goes to stderr. The workspace lock "
            + "is taken for each check only, so 'add', 'remove' and 'review' keep working meanwhile; a check that "
            + "waits for it longer than --wait is reported and tried again. A bad source is reported on stderr and "
            + "the watch goes on, with the last good outputs left as they were."})
final class WatchCommand implements Callable<Integer> {
  /** How long Ctrl-C waits for a check under way to finish its writes (each is atomic either way). */
  private static final Duration LAST_CHECK = Duration.ofSeconds(5);

  @Mixin WorkspaceOption workspace;
  @Mixin LockOption lock;
  @Spec CommandSpec spec;

  @Option(names = {"-q", "--quiet"}, description = "Print only errors: no summaries, no times, no progress bar.")
  boolean quiet;

  @Override
  public Integer call() throws Exception {
    WarmStart.begin();
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    WorkspaceWatch watch = new WorkspaceWatch(workspace.path(), lock, quiet, out, err);
    // Ctrl-C and SIGTERM end the watch cleanly: exit 0, not the 130 or 143 of a JVM ended by a signal
    Thread onSignal = new Thread(() -> {
      watch.stop();
      try {
        watch.awaitEnd(LAST_CHECK);
      } catch (InterruptedException ignored) {
        // ending anyway
      }
      out.flush();
      err.flush();
      Runtime.getRuntime().halt(Main.OK);
    }, "crosscheck-watch-stop");
    Runtime.getRuntime().addShutdownHook(onSignal);
    try {
      return watch.run();
    } finally {
      try {
        Runtime.getRuntime().removeShutdownHook(onSignal); // else an error's exit 3 would become 0
      } catch (IllegalStateException shuttingDown) {
        // the hook is running already and ends the process
      }
    }
  }
}
