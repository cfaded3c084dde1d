package dev.crosscheck.cli;

import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The {@code --workspace} option every command that reads a workspace shares. Given before the command
 * ({@code crosscheck -w DIR sources}) it applies to the command too.
 */
public final class WorkspaceOption {
  @Option(names = {"-w", "--workspace"}, paramLabel = "DIR",
      description = "The workspace folder (holding sources/, claims/, reports/). Default: the current directory.")
  Path workspace;

  @Spec(Spec.Target.MIXEE) CommandSpec command;

  Path path() {
    if (workspace != null) {
      return workspace;
    }
    for (CommandSpec parent = command == null ? null : command.parent(); parent != null; parent = parent.parent()) {
      Object mixin = parent.mixins().containsKey("workspace") ? parent.mixins().get("workspace").userObject() : null;
      if (mixin instanceof WorkspaceOption outer && outer.workspace != null) {
        return outer.workspace;
      }
    }
    return Path.of("").toAbsolutePath();
  }
}
