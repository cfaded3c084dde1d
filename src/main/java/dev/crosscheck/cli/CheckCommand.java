package dev.crosscheck.cli;

import dev.crosscheck.CheckResult;
import dev.crosscheck.CrossCheck;
import dev.crosscheck.model.FindingKind;
import dev.crosscheck.model.Report;
import dev.crosscheck.store.Workspace;
import dev.crosscheck.store.WorkspaceLock;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "check", mixinStandardHelpOptions = true,
    description = "Reads every source in sources/, extracts and compares their claims, and writes "
        + "claims/<source-id>.json, reports/report.json and reports/report.md.")
final class CheckCommand implements Callable<Integer> {
  @Mixin WorkspaceOption workspace;
  @Mixin LockOption lock;
  @Spec CommandSpec spec;

  @Option(names = {"-q", "--quiet"}, description = "Print nothing on success: no summary, no progress bar.")
  boolean quiet;

  @Override
  public Integer call() {
    Path root = workspace.path();
    CheckResult result;
    try (WorkspaceLock held = lock.acquire(root, "check"); ProgressDisplay progress = new ProgressDisplay(quiet)) {
      result = CrossCheck.checkAndWrite(root, progress);
    }
    if (quiet) {
      return 0;
    }
    Report r = result.report();
    int claims = result.claims().values().stream().mapToInt(java.util.List::size).sum();
    PrintWriter out = spec.commandLine().getOut();
    out.printf("%d sources, %d claims: %d contradictions, %d quote mismatches, %d updates, %d agreements%n",
        r.sources().size(), claims, r.count(FindingKind.CONTRADICTION), r.count(FindingKind.QUOTE_MISMATCH),
        r.count(FindingKind.UPDATE), r.count(FindingKind.AGREEMENT));
    Workspace ws = new Workspace(root);
    out.printf("wrote %s (%d files), %s, %s%n", root.relativize(ws.claims()), result.claims().size(),
        root.relativize(ws.reports().resolve("report.json")), root.relativize(ws.reports().resolve("report.md")));
    out.flush();
    return 0;
  }
}
