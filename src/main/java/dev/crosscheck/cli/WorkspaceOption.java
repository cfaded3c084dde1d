package dev.crosscheck.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --workspace} option every command that reads a workspace shares. */
public final class WorkspaceOption {
  @Option(names = {"-w", "--workspace"}, paramLabel = "DIR",
      description = "The workspace folder (holding sources/, claims/, reports/). Default: the current directory.")
  Path workspace;

  Path path() {
    return workspace != null ? workspace : Path.of("").toAbsolutePath();
  }
}
