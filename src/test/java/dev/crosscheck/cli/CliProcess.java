package dev.crosscheck.cli;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** The command line run as a real child JVM, the way a user's shell (or a second terminal) starts it. */
final class CliProcess {
  private CliProcess() {}

  /** A {@code java} command running {@code mainClass} on this test run's class path. */
  static List<String> java(Class<?> mainClass, String... args) {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    // two cores are shared by many runs: start fast, stay small
    cmd.addAll(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx512m"));
    cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), mainClass.getName()));
    cmd.addAll(List.of(args));
    return cmd;
  }

  /** Starts {@code crosscheck ARGS} in {@code workspace}; its stdout and stderr go to files in {@code logs}. */
  static Process start(Path workspace, Path logs, String name, String... args) throws IOException {
    Files.createDirectories(logs);
    return new ProcessBuilder(java(Main.class, args))
        .directory(workspace.toFile())
        .redirectOutput(logs.resolve(name + ".out").toFile())
        .redirectError(logs.resolve(name + ".err").toFile())
        .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
        .start();
  }

  /** Waits for a process started by {@link #start} and reads what it printed. */
  static CliRun finish(Process p, Path logs, String name) throws IOException, InterruptedException {
    if (!p.waitFor(5, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new AssertionError(name + " did not finish in 5 minutes");
    }
    return new CliRun(p.exitValue(), Files.readString(logs.resolve(name + ".out"), StandardCharsets.UTF_8),
        Files.readString(logs.resolve(name + ".err"), StandardCharsets.UTF_8));
  }

  static CliRun run(Path workspace, Path logs, String name, String... args) throws IOException, InterruptedException {
    return finish(start(workspace, logs, name, args), logs, name);
  }

  /** A workspace holding a copy of the seed corpus's sources (the repository root is the seed workspace). */
  static Path seedWorkspace(Path dir) throws IOException {
    Path sources = Files.createDirectories(dir.resolve("sources"));
    try (Stream<Path> files = Files.list(Path.of("sources"))) {
      for (Path f : files.sorted().toList()) {
        Files.copy(f, sources.resolve(f.getFileName()));
      }
    }
    return dir;
  }
}
