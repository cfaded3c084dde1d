package dev.crosscheck.cli;

import dev.crosscheck.BadInputException;
import dev.crosscheck.CheckResult;
import dev.crosscheck.CrossCheck;
import dev.crosscheck.model.Cited;
import dev.crosscheck.model.Decision;
import dev.crosscheck.model.Finding;
import dev.crosscheck.model.ReviewDecision;
import dev.crosscheck.review.FindingIds;
import dev.crosscheck.review.ReviewLog;
import dev.crosscheck.store.ReviewsFile;
import dev.crosscheck.store.Workspace;
import dev.crosscheck.store.WorkspaceLock;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code crosscheck review}: lists the findings nobody has decided on; its subcommands show one, confirm it,
 * dismiss it or reopen it. Decisions go to {@code reports/reviews.json}; the reports are rewritten to show them.
 */
@Command(name = "review", mixinStandardHelpOptions = true,
    description = {"Lists the open findings (not confirmed or dismissed yet): id, kind, summary.",
        "Decisions are kept in reports/reviews.json and survive every check; ids may be given by a unique prefix."},
    subcommands = {ReviewCommand.Show.class, ReviewCommand.Confirm.class, ReviewCommand.Dismiss.class,
        ReviewCommand.Reopen.class})
final class ReviewCommand implements Callable<Integer> {
  @Mixin WorkspaceOption workspace;
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    CheckResult result = CrossCheck.checkReviewed(workspace.path());
    PrintWriter out = spec.commandLine().getOut();
    List<Finding> open = result.report().findings().stream().filter(f -> f.review().isOpen()).toList();
    for (Finding f : open) {
      out.printf("%-30s %-15s %s%n", f.id(), f.kind().label(), f.summary());
    }
    out.printf("%d open of %d findings", open.size(), result.report().findings().size());
    List<ReviewDecision> stale = result.report().staleReviews();
    if (!stale.isEmpty()) {
      out.printf("; %d stale decision%s (their findings are gone): %s", stale.size(), stale.size() == 1 ? "" : "s",
          String.join(", ", stale.stream().map(ReviewDecision::finding).toList()));
    }
    out.println();
    out.flush();
    return Main.OK;
  }

  /** The finding a typed id or unique prefix names, among the current findings. */
  static Finding find(CheckResult result, String typed) {
    List<Finding> findings = result.report().findings();
    FindingIds.Match match = FindingIds.resolve(typed, findings.stream().map(Finding::id).toList());
    if (match.candidates().isEmpty()) {
      throw new BadInputException("finding '" + typed + "'", "no finding has this id or prefix ('crosscheck review' lists them)");
    }
    if (!match.unique()) {
      throw new BadInputException("finding '" + typed + "'", "ambiguous prefix, it matches "
          + match.candidates().size() + " findings: " + String.join(", ", match.candidates()));
    }
    return findings.stream().filter(f -> f.id().equals(match.id())).findFirst().orElseThrow();
  }

  @Command(name = "show", mixinStandardHelpOptions = true, description = "Prints one finding: its evidence and review.")
  static final class Show implements Callable<Integer> {
    @Mixin WorkspaceOption workspace;
    @Spec CommandSpec spec;
    @Parameters(paramLabel = "ID", description = "The finding's id, or a prefix only it starts with.") String id;

    @Override
    public Integer call() {
      Finding f = find(CrossCheck.checkReviewed(workspace.path()), id);
      PrintWriter out = spec.commandLine().getOut();
      out.printf("%s  %s  %s%n%s%n", f.id(), f.kind().label(), f.severity().label(), f.summary());
      out.printf("rule %s, confidence %s, compared: %s%n", f.rule(), f.confidence(), String.join(" vs ", f.values()));
      for (Cited c : f.claims()) {
        out.printf("- %s [%d, %d) value %s:%n    %s%n", c.source(), c.start(), c.end(), c.value(),
            c.evidence().replace("\n", "\n    "));
      }
      ReviewDecision d = f.review().decision();
      out.println("review: " + f.review().status().label() + (d == null ? ""
          : " by " + d.reviewer() + " at " + d.at() + (d.note().isEmpty() ? "" : ": " + d.note())
          + ("key".equals(f.review().matched()) ? " (decided on " + d.finding() + ")" : "")));
      out.flush();
      return Main.OK;
    }
  }

  /** What confirm and dismiss share: find the finding, record the decision, rewrite the reports. */
  abstract static class Decide implements Callable<Integer> {
    @Mixin WorkspaceOption workspace;
    @Mixin LockOption lock;
    @Spec CommandSpec spec;
    @Parameters(paramLabel = "ID", description = "The finding's id, or a prefix only it starts with.") String id;
    @Option(names = "--reviewer", paramLabel = "NAME", description = "Who decides. Default: $USER.") String reviewer;

    abstract Decision decision();

    abstract String note();

    @Override
    public Integer call() {
      Path root = workspace.path();
      Workspace ws = new Workspace(root);
      String who = reviewer != null ? reviewer : System.getenv().getOrDefault("USER", "");
      if (who.isBlank()) {
        throw new BadInputException("--reviewer", "who is deciding? pass --reviewer NAME (or set $USER)");
      }
      Finding f;
      // read, decide and write under the workspace lock, so two reviewers never lose each other's decision
      try (WorkspaceLock held = lock.acquire(root, "review")) {
        CheckResult result = CrossCheck.checkReviewed(root);
        f = find(result, id);
        ReviewLog log = ReviewsFile.read(ws).decide(f, decision(), who.strip(),
            Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(), note().strip());
        ReviewsFile.write(ws, log);
        ws.write(result.withReport(log.attach(result.report())));
      }
      PrintWriter out = spec.commandLine().getOut();
      out.printf("%s %s by %s%n", decision().label(), f.id(), who.strip());
      out.flush();
      return Main.OK;
    }
  }

  @Command(name = "confirm", mixinStandardHelpOptions = true, description = "Records that a finding stands.")
  static final class Confirm extends Decide {
    @Option(names = "--note", paramLabel = "TEXT", description = "Why (optional).") String note = "";

    @Override
    Decision decision() {
      return Decision.CONFIRMED;
    }

    @Override
    String note() {
      return note;
    }
  }

  @Command(name = "dismiss", mixinStandardHelpOptions = true,
      description = "Records that a finding does not stand; hidden by default in report.html.")
  static final class Dismiss extends Decide {
    @Option(names = "--note", required = true, paramLabel = "TEXT", description = "Why it does not stand (required).")
    String note;

    @Override
    Decision decision() {
      if (note.isBlank()) {
        throw new BadInputException("--note", "a dismissal needs a note saying why");
      }
      return Decision.DISMISSED;
    }

    @Override
    String note() {
      return note;
    }
  }

  @Command(name = "reopen", mixinStandardHelpOptions = true,
      description = "Removes the decision on a finding (or a stale decision): the finding is open again.")
  static final class Reopen implements Callable<Integer> {
    @Mixin WorkspaceOption workspace;
    @Mixin LockOption lock;
    @Spec CommandSpec spec;
    @Parameters(paramLabel = "ID", description = "The finding's id, or a prefix only it starts with.") String id;

    @Override
    public Integer call() {
      Path root = workspace.path();
      Workspace ws = new Workspace(root);
      try (WorkspaceLock held = lock.acquire(root, "review")) {
        return reopen(ws, CrossCheck.checkReviewed(root));
      }
    }

    private int reopen(Workspace ws, CheckResult result) {
      ReviewLog log = ReviewsFile.read(ws);
      List<String> staleIds = result.report().staleReviews().stream().map(ReviewDecision::finding).toList();
      FindingIds.Match stale = FindingIds.resolve(id, staleIds);
      String reopened;
      if (stale.unique() && FindingIds.resolve(id, result.report().findings().stream().map(Finding::id).toList())
          .candidates().isEmpty()) {
        reopened = stale.id();
        log = log.forget(reopened);
      } else {
        Finding f = find(result, id);
        if (f.review().isOpen()) {
          throw new BadInputException("finding '" + f.id() + "'", "is open already: nothing to reopen");
        }
        reopened = f.id();
        log = log.reopen(f);
      }
      ReviewsFile.write(ws, log);
      ws.write(result.withReport(log.attach(result.report())));
      spec.commandLine().getOut().printf("reopened %s%n", reopened);
      spec.commandLine().getOut().flush();
      return Main.OK;
    }
  }
}
