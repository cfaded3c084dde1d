package dev.crosscheck.cli;

import dev.crosscheck.CheckResult;
import dev.crosscheck.CrossCheck;
import dev.crosscheck.model.FindingKind;
import dev.crosscheck.model.Report;
import dev.crosscheck.model.Finding;
import dev.crosscheck.store.WorkspaceLock;
import java.io.PrintWriter;
import java.util.List;
import java.util.Set;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "check", mixinStandardHelpOptions = true,
    description = "Reads every source in sources/, extracts and compares their claims, attaches the review "
        + "decisions of reports/reviews.json, and writes claims/<source-id>.json and reports/report.json, "
        + "report.md, report.html and report.csv.")
final class CheckCommand implements Callable<Integer> {
  @Mixin WorkspaceOption workspace;
  @Mixin LockOption lock;
  @Spec CommandSpec spec;

  @Option(names = {"-q", "--quiet"}, description = "Print nothing on success: no summary, no progress bar.")
  boolean quiet;

  @Option(names = "--fail-on", split = ",", paramLabel = "KIND",
      description = "Exit 1 (after writing the reports) when findings of these kinds remain that nobody has "
          + "confirmed or dismissed: contradiction, quote-mismatch, update, agreement (comma separated).")
  List<String> failOn = List.of();

  @Override
  public Integer call() {
    WarmStart.begin();
    Path root = workspace.path();
    Set<FindingKind> policy = FailOn.kinds(failOn);
    CheckResult result;
    try (WorkspaceLock held = lock.acquire(root, "check"); ProgressDisplay progress = new ProgressDisplay(quiet)) {
      result = CrossCheck.checkAndWrite(root, progress);
    }
    Report r = result.report();
    List<Finding> unreviewed = FailOn.unreviewed(r, policy);
    int code = unreviewed.isEmpty() ? Main.OK : Main.POLICY_FAILED;
    if (!unreviewed.isEmpty()) {
      PrintWriter err = spec.commandLine().getErr();
      err.printf("crosscheck: %d unreviewed finding%s of a kind --fail-on names: %s%n", unreviewed.size(),
          unreviewed.size() == 1 ? "" : "s", String.join(", ", unreviewed.stream().map(Finding::id).toList()));
      err.flush();
    }
    if (quiet) {
      return code;
    }
    PrintWriter out = spec.commandLine().getOut();
    out.print(CheckSummary.lines(root, result));
    out.flush();
    return code;
  }
}
