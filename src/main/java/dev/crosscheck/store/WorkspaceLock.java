package dev.crosscheck.store;

import dev.crosscheck.BadInputException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * One writer at a time per workspace: {@code check}, {@code add}, {@code remove} (and anything else that
 * writes) hold this lock while they run. It is an operating-system lock on {@code .crosscheck.lock}, so a
 * process that crashes or is killed releases it with its last breath; the file itself stays (deleting it
 * would let two runs lock two different files) and holds the pid and command of the last holder.
 *
 * <pre>{@code try (WorkspaceLock lock = WorkspaceLock.acquire(root, "review", Duration.ofSeconds(10))) { … }}</pre>
 */
public final class WorkspaceLock implements AutoCloseable {
  public static final String FILE = ".crosscheck.lock";
  private static final long POLL_MILLIS = 100;

  private final FileChannel channel;
  private final FileLock lock;

  private WorkspaceLock(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  /**
   * Takes the workspace's lock, waiting up to {@code wait} for another run to finish; then refuses with a
   * {@link BadInputException} naming the lock file and the holder.
   *
   * @param command what the lock is taken for, shown to a run that has to wait ("check", "review")
   */
  public static WorkspaceLock acquire(Path root, String command, Duration wait) {
    Path file = root.resolve(FILE);
    Path sources = new Workspace(root).sources();
    if (!Files.isDirectory(sources)) { // no lock file left in a folder that is not a workspace
      throw new BadInputException(sources, "no sources folder (run 'crosscheck init' or give --workspace)");
    }
    FileChannel channel;
    try {
      channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
    } catch (IOException e) {
      throw new BadInputException(file, "cannot open the workspace lock: " + e.getMessage(), e);
    }
    long deadline = System.nanoTime() + wait.toNanos();
    try {
      while (true) {
        FileLock lock = tryLock(channel);
        if (lock != null) {
          recordHolder(channel, command);
          return new WorkspaceLock(channel, lock);
        }
        if (System.nanoTime() - deadline >= 0) {
          throw new BadInputException(file, "the workspace is in use by another crosscheck run (" + holder(file)
              + "); waited " + seconds(wait) + ": try again when it has finished, or give --wait with more seconds");
        }
        Thread.sleep(POLL_MILLIS);
      }
    } catch (IOException e) {
      closeQuietly(channel);
      throw new BadInputException(file, "cannot lock the workspace: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      closeQuietly(channel);
      Thread.currentThread().interrupt();
      throw new BadInputException(file, "interrupted while waiting for the workspace lock", e);
    } catch (RuntimeException e) {
      closeQuietly(channel);
      throw e;
    }
  }

  private static @Nullable FileLock tryLock(FileChannel channel) throws IOException {
    try {
      return channel.tryLock();
    } catch (OverlappingFileLockException e) {
      return null; // held by another run inside this same process
    }
  }

  private static void recordHolder(FileChannel channel, String command) throws IOException {
    byte[] line = ("pid " + ProcessHandle.current().pid() + ": " + command + "\n").getBytes(StandardCharsets.UTF_8);
    channel.truncate(0);
    channel.write(ByteBuffer.wrap(line), 0);
  }

  /** "pid 4242: check", as the holder wrote it; best effort, since the holder may be writing it right now. */
  private static String holder(Path file) {
    try {
      String s = Files.readString(file, StandardCharsets.UTF_8).strip();
      return s.isEmpty() || s.contains("\n") || s.length() > 80 ? "holder unknown" : s;
    } catch (IOException | RuntimeException e) {
      return "holder unknown";
    }
  }

  private static String seconds(Duration wait) {
    long ms = wait.toMillis();
    return ms % 1000 == 0 ? (ms / 1000) + " s" : String.format(java.util.Locale.ROOT, "%.1f s", ms / 1000.0);
  }

  private static void closeQuietly(FileChannel channel) {
    try {
      channel.close();
    } catch (IOException ignored) {
      // nothing was locked, nothing to release
    }
  }

  @Override
  public void close() {
    try {
      lock.release();
    } catch (IOException ignored) {
      // closing the channel below releases it as well
    } finally {
      closeQuietly(channel);
    }
  }
}
