package dev.crosscheck.cli;

import dev.crosscheck.BadInputException;
import dev.crosscheck.model.SourceId;
import dev.crosscheck.store.Workspace;
import dev.crosscheck.store.WorkspaceLock;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "remove", mixinStandardHelpOptions = true,
    description = "Removes a source: its text and metadata in sources/ and its claims/<source-id>.json.")
final class RemoveCommand implements Callable<Integer> {
  @Mixin WorkspaceOption workspace;
  @Mixin LockOption lock;
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "SOURCE-ID", description = "The source's id, as 'crosscheck sources' lists it.")
  String id;

  @Override
  public Integer call() {
    Workspace ws = new Workspace(workspace.path());
    if (!SourceId.isValid(id)) {
      throw new BadInputException(ws.sources(), "no source with id '" + id + "' (not a valid source id)");
    }
    List<Path> removed;
    try (WorkspaceLock held = lock.acquire(ws.root(), "remove")) {
      removed = ws.removeSource(id);
    }
    PrintWriter out = spec.commandLine().getOut();
    out.printf("removed %s: %s%n", id, String.join(", ", removed.stream().map(p -> ws.root().relativize(p).toString()).toList()));
    out.println("run 'crosscheck check' to update the report");
    out.flush();
    return Main.OK;
  }
}
