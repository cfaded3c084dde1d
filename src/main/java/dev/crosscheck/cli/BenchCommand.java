package dev.crosscheck.cli;

import dev.crosscheck.bench.BenchCorpus;
import dev.crosscheck.bench.Benchmark;
import dev.crosscheck.bench.PathologicalInputs;
import dev.crosscheck.ingest.SourceFiles;
import dev.crosscheck.model.Source;
import dev.crosscheck.store.Workspace;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "Measures the whole pipeline: the seed corpus (in this JVM and as a cold 'check' process), "
        + "ECB+ (982 articles, when ../shared/eval is present) and corpora of 1,000 and 10,000 articles made from it. "
        + "Prints a Markdown table: wall time, articles/s, words/s, time per stage, peak heap, claims, findings.")
final class BenchCommand implements Callable<Integer> {
  @Mixin WorkspaceOption workspace;
  @Spec CommandSpec spec;

  @Option(names = "--eval", paramLabel = "DIR", description = "The evaluation data folder. Default: ../shared/eval.")
  Path eval = Path.of("..", "shared", "eval");

  @Option(names = "--sizes", split = ",", paramLabel = "N",
      description = "Sizes of the scaled corpora. Default: 1000,10000.")
  List<Integer> sizes = List.of(1000, 10000);

  @Option(names = "--warmup", description = "Untimed runs over the seeds first, so the JIT has compiled the hot code. Default: 3.")
  int warmup = 3;

  @Option(names = "--pathological", paramLabel = "CHARS",
      description = "Length of the pathological sentences timed at 1x and 4x (0: skip them). Default: 20000.")
  int pathological = 20_000;

  @Option(names = "--recheck-only",
      description = "Only the re-check figures: one new source added to 1,000 checked ones ('check' again, and 'watch').")
  boolean recheckOnly;

  private String incremental;
  private String watched;
  private List<Source> ecbSources = List.of();
  /**
   * The workspaces the fresh processes check, each made new and all removed at the end: on a file system without a
   * journal (this machine's ext4), creating a file walks past every inode deleted in the last minute or more, so
   * removing a thousand outputs right before a timed check made its writing several times slower than a user's.
   */
  private final List<Path> scratch = new ArrayList<>();

  @Override
  public Integer call() throws Exception {
    try {
      return measure();
    } finally {
      for (Path dir : scratch) {
        delete(dir);
      }
    }
  }

  private int measure() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    List<Source> seeds = SourceFiles.readAll(new Workspace(workspace.path()).sources());
    // untimed: the first check through the launcher after a build writes its class-data archive, which every timed
    // launcher run below (re-checks, watch, first checks) then loads
    timeCheck(launcher(), seedsCopy());
    for (int i = 0; i < warmup; i++) {
      Benchmark.run("warmup", seeds);
    }
    List<Benchmark.Row> rows = new ArrayList<>();
    rows.add(Benchmark.run("seeds", seeds));
    Path ecb = eval.resolve("ecbplus-news-clusters").resolve("ecbplus_docs.jsonl");
    if (recheckOnly) {
      if (!Files.isRegularFile(ecb)) {
        out.println("(no " + ecb + ": nothing to measure)");
      } else {
        incremental = incremental(BenchCorpus.scaled(BenchCorpus.ecbPlus(ecb), 1001, 7));
        printRechecks(out);
      }
      out.flush();
      return 0;
    }
    if (Files.isRegularFile(ecb)) {
      ecbSources = BenchCorpus.ecbPlus(ecb);
      rows.add(Benchmark.run("ECB+", ecbSources));
      // the first ECB+ run also pays for compiling the code its texts reach; the second shows the steady state
      rows.add(Benchmark.run("ECB+ again", ecbSources));
      for (int size : sizes) {
        rows.add(Benchmark.run("ECB+ x" + size, BenchCorpus.scaled(ecbSources, size, 42)));
      }
      incremental = incremental(BenchCorpus.scaled(ecbSources, 1001, 7));
    } else {
      out.println("(no " + ecb + ": ECB+ rows skipped)");
    }
    print(out, rows);
    printRechecks(out);
    if (pathological > 0) {
      out.printf(Locale.ROOT, "%none pathological sentence of %,d characters and of 4x as many (s):%n%n", pathological);
      out.println("| input | 1x | 4x | ratio |\n|---|---|---|---|");
      PathologicalInputs.measure(pathological).forEach(out::println);
    }
    out.printf(Locale.ROOT, "%nfirst 'check' of the seeds in a fresh JVM (java -jar, 3 runs): %s%n", coldCheck());
    if (!ecbSources.isEmpty()) {
      out.printf(Locale.ROOT, "first 'check' of ECB+ in a fresh JVM, as a user runs it: %s%n", firstCheck(ecbSources));
    }
    out.printf(Locale.ROOT, "machine: %d cores, max heap %d MB, %s %s%n", Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory() >> 20, System.getProperty("java.vm.name"), System.getProperty("java.version"));
    out.flush();
    return 0;
  }

  private void printRechecks(PrintWriter out) {
    if (incremental != null) {
      out.printf(Locale.ROOT, "%none new source added to 1,000 checked ones, 'check' again: %s%n", incremental);
      out.printf(Locale.ROOT, "one new source added to 1,000 checked ones, seen by 'watch' (a fresh %s process, its first "
          + "check untimed), from the rename into sources/ to claims and reports written: %s%n",
          launcher().isEmpty() ? "'java -jar'" : "./crosscheck", watched);
    }
  }

  private static void print(PrintWriter out, List<Benchmark.Row> rows) {
    List<String> stages = rows.get(0).stageNanos().keySet().stream().toList();
    out.print("| corpus | articles | words | wall s | cpu s | articles/s | words/s |");
    stages.forEach(s -> out.print(" " + s + " s |"));
    out.println(" peak heap MB | claims | findings |");
    out.println("|---".repeat(7 + stages.size() + 3) + "|");
    for (Benchmark.Row r : rows) {
      out.printf(Locale.ROOT, "| %s | %,d | %,d | %.3f | %.3f | %,.0f | %,.0f |", r.corpus(), r.articles(), r.words(),
          r.seconds(), r.cpuSeconds(), r.articles() / r.seconds(), r.words() / r.seconds());
      for (String s : stages) {
        out.printf(Locale.ROOT, " %.3f |", r.stageNanos().getOrDefault(s, 0L) / 1e9);
      }
      out.printf(Locale.ROOT, " %,d | %,d | %,d |%n", r.peakHeapBytes() >> 20, r.claims(), r.findings());
    }
    if (rows.size() >= 4) {
      Benchmark.Row small = rows.get(rows.size() - 2);
      Benchmark.Row large = rows.get(rows.size() - 1);
      out.printf(Locale.ROOT, "%ntime ratio %s / %s: %.2f (articles ratio %.1f)%n", large.corpus(), small.corpus(),
          large.seconds() / small.seconds(), (double) large.articles() / small.articles());
    }
  }

  /**
   * Checks 1,000 sources in a workspace on disk, adds one, and times the next check: in this JVM, and as a
   * fresh 'check' process (after adding another), as an analyst re-running it would see it; then as seen by a
   * running 'watch' (seven sources added and removed one by one).
   */
  private String incremental(List<Source> sources) throws IOException, InterruptedException {
    Path tmp = workspaceOf(sources.subList(0, 1000));
    dev.crosscheck.CrossCheck.checkAndWrite(tmp);
    Source added = sources.get(1000);
    Files.writeString(tmp.resolve("sources").resolve("new_" + added.id() + ".txt"), added.text());
    long start = System.nanoTime();
    dev.crosscheck.CrossCheck.checkAndWrite(tmp);
    double warm = (System.nanoTime() - start) / 1e9;
    Files.writeString(tmp.resolve("sources").resolve("new2_" + added.id() + ".txt"), added.text() + "\nAdded.\n");
    String cold = timeCheck(javaJar(), tmp);
    Files.writeString(tmp.resolve("sources").resolve("new3_" + added.id() + ".txt"), added.text() + "\nMore.\n");
    String launched = timeCheck(launcher(), tmp);
    List<String> texts = new ArrayList<>();
    for (int i = 1; i <= 7; i++) {
      texts.add(added.text() + "\nWatched " + i + ".\n");
    }
    watched = !jar().toString().endsWith(".jar") ? "n/a (not running from the jar)"
        : WatchLatency.measure(launcher().isEmpty() ? javaJar() : launcher(), tmp, texts);
    return String.format(Locale.ROOT, "%.2f s in this JVM, %s as a fresh 'java -jar' process, %s through "
        + "./crosscheck", warm, cold, launched);
  }

  /**
   * Times a first 'check' of {@code sources} (nothing checked yet: no claims, no caches) as a fresh process, twice
   * through the launcher and once as 'java -jar'.
   */
  private String firstCheck(List<Source> sources) throws IOException, InterruptedException {
    List<String> runs = new ArrayList<>();
    for (List<String> command : List.of(launcher(), launcher(), javaJar())) {
      if (command.isEmpty()) {
        continue;
      }
      Path fresh = workspaceOf(sources);
      runs.add((command.get(0).endsWith("crosscheck") ? "./crosscheck " : "java -jar ") + timeCheck(command, fresh));
    }
    return String.join(", ", runs);
  }

  /** A new workspace holding {@code sources}, removed when the benchmark ends. */
  private Path workspaceOf(List<Source> sources) throws IOException {
    Path dir = Files.createTempDirectory("crosscheck-bench");
    scratch.add(dir);
    Files.createDirectories(dir.resolve("sources"));
    for (Source s : sources) {
      Files.writeString(dir.resolve("sources").resolve(s.id() + ".txt"), s.text());
    }
    return dir;
  }

  /** Times a first 'check' (no claims/ yet) in fresh JVMs on a copy of the seeds, as a new user would see it. */
  private String coldCheck() throws IOException, InterruptedException {
    StringBuilder times = new StringBuilder();
    for (List<String> command : List.of(javaJar(), launcher())) {
      if (command.isEmpty()) {
        continue;
      }
      timeCheck(command, seedsCopy()); // untimed: the jar and the sources come into the file cache first
      List<String> runs = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        runs.add(timeCheck(command, seedsCopy()));
      }
      times.append(times.length() == 0 ? "" : "; ").append(command.get(0).endsWith("crosscheck") ? "./crosscheck"
          : "java -jar").append(' ').append(String.join(", ", runs));
    }
    return times.toString();
  }

  /** A new workspace with the seed sources (text and sidecars), removed when the benchmark ends. */
  private Path seedsCopy() throws IOException {
    Path dir = Files.createTempDirectory("crosscheck-bench");
    scratch.add(dir);
    Files.createDirectories(dir.resolve("sources"));
    try (Stream<Path> files = Files.list(new Workspace(workspace.path()).sources())) {
      for (Path f : files.toList()) {
        Files.copy(f, dir.resolve("sources").resolve(f.getFileName()));
      }
    }
    return dir;
  }

  static Path jar() {
    return Path.of(BenchCommand.class.getProtectionDomain().getCodeSource().getLocation().getPath());
  }

  static List<String> javaJar() {
    return List.of("java", "-jar", jar().toString());
  }

  /** The repository's launcher beside target/ (with its JVM options and class-data archive), if there is one. */
  static List<String> launcher() {
    Path script = jar().toAbsolutePath().getParent().resolveSibling("crosscheck");
    return Files.isExecutable(script) ? List.of(script.toString()) : List.of();
  }

  /** Runs 'check' on {@code dir} in a fresh JVM started by {@code command} and returns how long it took. */
  private static String timeCheck(List<String> command, Path dir) throws IOException, InterruptedException {
    if (command.isEmpty() || !jar().toString().endsWith(".jar")) {
      return "n/a (not running from the jar)";
    }
    List<String> args = new ArrayList<>(command);
    args.addAll(List.of("check", "--quiet", "--workspace", dir.toString()));
    long start = System.nanoTime();
    Process p = new ProcessBuilder(args)
        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
      p.destroyForcibly();
      return "failed (exit " + (p.isAlive() ? "timeout" : p.exitValue()) + ")";
    }
    return String.format(Locale.ROOT, "%.2f s", (System.nanoTime() - start) / 1e9);
  }

  private static void delete(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
