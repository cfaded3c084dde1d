package dev.crosscheck.cli;

import dev.crosscheck.BadInputException;
import dev.crosscheck.CrossCheck;
import dev.crosscheck.report.Json;
import dev.crosscheck.review.ClaimReviews;
import dev.crosscheck.review.ClaimReviews.Organisation;
import dev.crosscheck.store.AtomicFiles;
import dev.crosscheck.store.ReviewConfig;
import dev.crosscheck.store.Workspace;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code crosscheck export --format claimreview}: confirmed contradictions as schema.org ClaimReview JSON-LD. */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = "Writes the confirmed contradictions as schema.org ClaimReview JSON-LD (a JSON array, one review "
        + "per claim reviewed), to standard output or --out FILE.")
final class ExportCommand implements Callable<Integer> {
  @Mixin WorkspaceOption workspace;
  @Spec CommandSpec spec;

  @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "The format: claimreview.")
  String format;

  @Option(names = "--out", paramLabel = "FILE", description = "Write to this file (atomically) instead of standard output.")
  Path out;

  @Option(names = "--organisation", paramLabel = "NAME",
      description = "Who publishes the reviews (their author). Default: organisation.name in reports/review-config.json.")
  String organisation;

  @Override
  public Integer call() {
    if (!format.equals("claimreview")) {
      throw new BadInputException("--format", "unknown export format '" + format + "' (claimreview)");
    }
    Workspace ws = new Workspace(workspace.path());
    Organisation org = organisation != null ? new Organisation(organisation.strip(), null) : ReviewConfig.organisation(ws);
    if (org == null || org.name().isBlank()) {
      throw new BadInputException("--organisation", "who publishes the reviews? pass --organisation NAME or write "
          + ReviewConfig.path(ws) + " ({\"organisation\": {\"name\": \"…\", \"url\": \"https://…\"}})");
    }
    List<Map<String, Object>> reviews = ClaimReviews.of(CrossCheck.checkReviewed(ws.root()).report(), org);
    String json = Json.pretty(reviews);
    if (out == null) {
      spec.commandLine().getOut().print(json);
      spec.commandLine().getOut().flush();
    } else {
      try {
        AtomicFiles.write(out, json);
      } catch (IOException e) {
        throw new BadInputException(out, "cannot write: " + e.getMessage(), e);
      }
      spec.commandLine().getOut().printf("wrote %d claim reviews to %s%n", reviews.size(), out);
      spec.commandLine().getOut().flush();
    }
    return Main.OK;
  }
}
