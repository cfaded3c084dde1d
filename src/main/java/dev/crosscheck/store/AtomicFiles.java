package dev.crosscheck.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.stream.Stream;

/** Writes files so that a crash leaves either the old file or the new one, never half of one. */
public final class AtomicFiles {
  private static final String TEMP_SUFFIX = ".tmp";
  /** A temp file is private until it is given the permissions of the file it replaces. */
  private static final java.nio.file.attribute.FileAttribute<Set<PosixFilePermission>> PRIVATE =
      PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"));
  /** Whether each folder's file store keeps POSIX permissions: asking reads /proc/mounts, once per folder is enough. */
  private static final java.util.concurrent.ConcurrentMap<Path, Boolean> POSIX_FOLDERS =
      new java.util.concurrent.ConcurrentHashMap<>();
  private AtomicFiles() {}

  public static void write(Path file, String content) throws IOException {
    write(file, content.getBytes(StandardCharsets.UTF_8));
  }

  public static void write(Path file, byte[] content) throws IOException {
    write(file, content, true);
  }

  /**
   * The same without forcing the bytes to the disk before the rename: for files a check makes again from the
   * sources (claims, reports, caches), which are checked before reuse, so a power cut can cost a rerun, never data.
   * Forcing a thousand claims files took longer than making them.
   */
  public static void writeRegenerable(Path file, String content) throws IOException {
    write(file, content.getBytes(StandardCharsets.UTF_8), false);
  }

  public static void writeRegenerable(Path file, byte[] content) throws IOException {
    write(file, content, false);
  }

  private static void write(Path file, byte[] content, boolean force) throws IOException {
    Path dir = file.toAbsolutePath().getParent();
    if (!Files.isDirectory(dir)) {
      Files.createDirectories(dir);
    }
    // created here rather than by Files.createTempFile, so it is opened once (a thousand claims files a check)
    Path tmp = dir.resolve("." + file.getFileName() + "." + Long.toUnsignedString(
        java.util.concurrent.ThreadLocalRandom.current().nextLong()) + TEMP_SUFFIX);
    boolean posix = posix(tmp);
    boolean moved = false;
    try {
      try (FileChannel ch = posix
          ? FileChannel.open(tmp, Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), PRIVATE)
          : FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
        if (posix) {
          keepPermissions(file, tmp);
        }
        ByteBuffer bytes = ByteBuffer.wrap(content);
        while (bytes.hasRemaining()) {
          ch.write(bytes);
        }
        if (force) {
          ch.force(true);
        }
      }
      try {
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
      }
      moved = true;
    } finally {
      if (!moved) {
        Files.deleteIfExists(tmp);
      }
    }
  }

  /**
   * Deletes the temp files a killed run left in {@code dir} (".report.json.123.tmp"); the caller holds the
   * workspace lock, so no other run is writing them.
   */
  public static void removeLeftovers(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return;
    }
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.filter(AtomicFiles::isTemp).toList()) {
        Files.deleteIfExists(f);
      }
    }
  }

  /** True for the name {@link #write} gives its temp files. */
  public static boolean isTemp(Path file) {
    String name = file.getFileName().toString();
    return name.startsWith(".") && name.endsWith(TEMP_SUFFIX);
  }

  /** A temp file is private (rw-------): the file it replaces keeps its own permissions, a new one gets rw-r--r--. */
  private static void keepPermissions(Path file, Path tmp) throws IOException {
    Set<PosixFilePermission> permissions = Files.isRegularFile(file)
        ? Files.getPosixFilePermissions(file) : PosixFilePermissions.fromString("rw-r--r--");
    Files.setPosixFilePermissions(tmp, permissions);
  }

  /** Whether the folder of {@code tmp} keeps POSIX permissions: asked of its file store once per folder. */
  private static boolean posix(Path tmp) throws IOException {
    Path folder = tmp.getParent();
    Boolean posix = POSIX_FOLDERS.get(folder);
    if (posix == null) {
      posix = Files.getFileStore(folder).supportsFileAttributeView(PosixFileAttributeView.class);
      POSIX_FOLDERS.put(folder, posix);
    }
    return posix;
  }


  /**
   * Writes a regenerable file ({@link #writeRegenerable}) only when its content differs, so an unchanged report
   * keeps its file time.
   */
  public static boolean writeIfChanged(Path file, byte[] content) throws IOException {
    if (Files.isRegularFile(file) && Files.size(file) == content.length
        && java.util.Arrays.equals(Files.readAllBytes(file), content)) {
      return false;
    }
    writeRegenerable(file, content);
    return true;
  }
}
