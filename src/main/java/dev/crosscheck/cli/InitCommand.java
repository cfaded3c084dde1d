package dev.crosscheck.cli;

import dev.crosscheck.store.Workspace;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "init", mixinStandardHelpOptions = true,
    description = "Creates an empty workspace: DIR/sources, DIR/claims and DIR/reports. Existing files are left alone.")
final class InitCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "DIR", description = "The folder to make a workspace of (created if missing).")
  Path dir;

  @Override
  public Integer call() {
    boolean fresh = new Workspace(dir).init();
    spec.commandLine().getOut().println(fresh
        ? "created workspace " + dir + ": put articles in " + dir.resolve("sources") + " and run 'crosscheck check'"
        : dir + " is already a workspace: nothing changed");
    spec.commandLine().getOut().flush();
    return 0;
  }
}
