package dev.crosscheck.cli;

import dev.crosscheck.BadInputException;
import dev.crosscheck.CheckResult;
import dev.crosscheck.CrossCheck;
import dev.crosscheck.model.Claim;
import dev.crosscheck.report.ClaimsFile;
import dev.crosscheck.report.Json;
import dev.crosscheck.store.Workspace;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "claims", mixinStandardHelpOptions = true,
    description = "Prints one source's claims as JSON (the same layout as claims/<source-id>.json).")
final class ClaimsCommand implements Callable<Integer> {
  @Mixin WorkspaceOption workspace;
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "SOURCE-ID", description = "The source's id: its file name in sources/ without .txt or .md.")
  String id;

  @Override
  public Integer call() {
    CheckResult result = CrossCheck.check(workspace.path());
    List<Claim> claims = result.claims().get(id);
    if (claims == null) {
      throw new BadInputException(new Workspace(workspace.path()).sources(), "no source with id '" + id + "' (known: "
          + String.join(", ", result.claims().keySet()) + ")");
    }
    spec.commandLine().getOut().print(Json.pretty(result.claimsFile(id)));
    spec.commandLine().getOut().flush();
    return 0;
  }
}
