package dev.crosscheck.cli;

import dev.crosscheck.CrossCheck;
import dev.crosscheck.report.MarkdownReport;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "entities", mixinStandardHelpOptions = true,
    description = {"Prints who is who: every person, organisation, place and agreement the sources mention, "
        + "with its id, kind, name, the other ways sources wrote it, and the sources that mention it.",
        "Aliases of your own go in sources/aliases.json (see docs/entities.md)."})
final class EntitiesCommand implements Callable<Integer> {
  @Mixin WorkspaceOption workspace;
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().getOut().print(MarkdownReport.whoIsWho(CrossCheck.report(workspace.path()).entities()));
    spec.commandLine().getOut().flush();
    return 0;
  }
}
