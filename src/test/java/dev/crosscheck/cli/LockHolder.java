package dev.crosscheck.cli;

import dev.crosscheck.store.WorkspaceLock;
import java.nio.file.Path;
import java.time.Duration;

/** A child process that takes a workspace's lock, says so on stdout, and holds it until it is killed. */
final class LockHolder {
  private LockHolder() {}

  public static void main(String[] args) throws InterruptedException {
    WorkspaceLock lock = WorkspaceLock.acquire(Path.of(args[0]), "test holder", Duration.ZERO);
    System.out.println("locked");
    System.out.flush();
    Thread.sleep(Long.MAX_VALUE);
    lock.close();
  }
}
