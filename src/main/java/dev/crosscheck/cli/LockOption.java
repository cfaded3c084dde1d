package dev.crosscheck.cli;

import dev.crosscheck.BadInputException;
import dev.crosscheck.store.WorkspaceLock;
import java.nio.file.Path;
import java.time.Duration;
import picocli.CommandLine.Option;

/** The {@code --wait} option of every command that writes to a workspace, and the lock it governs. */
public final class LockOption {
  static final double DEFAULT_WAIT_SECONDS = 10;

  @Option(names = "--wait", paramLabel = "SECONDS", defaultValue = "10",
      description = "When another crosscheck run is writing to the workspace, wait this long for it to finish, "
          + "then give up (exit 2). Default: ${DEFAULT-VALUE}.")
  double waitSeconds = DEFAULT_WAIT_SECONDS;

  /** Takes the workspace lock for {@code command}: {@code try (var lock = this.lock.acquire(root, "review")) {…}}. */
  public WorkspaceLock acquire(Path root, String command) {
    if (!(waitSeconds >= 0) || waitSeconds > 86_400) {
      throw new BadInputException("--wait", "must be between 0 and 86400 seconds, not " + waitSeconds);
    }
    return WorkspaceLock.acquire(root, command, Duration.ofMillis(Math.round(waitSeconds * 1000)));
  }
}
