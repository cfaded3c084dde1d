package dev.crosscheck.cli;

import dev.crosscheck.store.WorkspaceLock;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** One run of the command line as a user sees it: exit code, standard output, standard error. */
record CliRun(int code, String out, String err) {
  static CliRun of(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
    return new CliRun(code, out.toString(), err.toString());
  }

  /** {@link #of} in the workspace {@code dir} ({@code -w dir} after the arguments). */
  static CliRun in(Path dir, String... args) {
    return of(Stream.concat(Stream.of(args), Stream.of("-w", dir.toString())).toArray(String[]::new));
  }

  /** Every file under {@code dir} but the workspace lock with the SHA-256 of its bytes, to show a failed command changed nothing. */
  static Map<String, String> snapshot(Path dir) throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(dir)) {
      // the lock file is the one file any writing command may create, whatever the outcome
      for (Path p : walk.filter(Files::isRegularFile).filter(p -> !p.endsWith(WorkspaceLock.FILE)).toList()) {
        files.put(dir.relativize(p).toString(), HexFormat.of().formatHex(sha256(Files.readAllBytes(p))));
      }
    }
    return files;
  }

  private static byte[] sha256(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }
}
