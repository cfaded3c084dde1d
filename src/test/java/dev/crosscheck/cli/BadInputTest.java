package dev.crosscheck.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bad-input corpus ({@code src/test/resources/bad-input/cases.tsv}): each case runs the real command
 * line on a checked workspace and must give its one line, its exit code, no stack trace, no hang, and
 * leave every file it has no business changing byte for byte as it was.
 */
class BadInputTest {
  private static final Path CORPUS = Path.of("src/test/resources/bad-input");
  private static final String GOOD_TEXT = "Prime Minister Mark Carney met U.S. President Donald Trump at the White House "
      + "on Tuesday. Trump called the meeting \"a very good meeting with a great gentleman\" afterwards.\n";
  private static final String GOOD_META = "{\"title\": \"Carney meets Trump\", \"published\": \"2025-05-07\"}\n";
  /** A hang guard, not a speed test: the slowest case (a 2 MB line) takes well under a minute. */
  private static final Duration HANG_GUARD = Duration.ofMinutes(5);

  @TempDir static Path template;

  record Case(String name, String command, int exit, String line) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Case> cases() throws IOException {
    List<Case> cases = new ArrayList<>();
    for (String row : Files.readAllLines(CORPUS.resolve("cases.tsv"), StandardCharsets.UTF_8)) {
      if (row.isBlank() || row.startsWith("#")) {
        continue;
      }
      String[] f = row.split("\t", -1);
      assertThat(f).as(row).hasSize(4);
      cases.add(new Case(f[0], f[1], Integer.parseInt(f[2]), f[3]));
    }
    return cases.stream();
  }

  @BeforeAll
  static void checkedWorkspace() throws IOException {
    Files.createDirectories(template.resolve("sources"));
    Files.writeString(template.resolve("sources/good.txt"), GOOD_TEXT);
    Files.writeString(template.resolve("sources/good.meta.json"), GOOD_META);
    CliRun check = CliRun.of("-w", template.toString(), "check", "--quiet");
    assertThat(check.code()).as(check.err()).isZero();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void refusedInOneLineOrCheckedAndNothingElseChanges(Case c, @TempDir Path dir) throws Exception {
    Path ws = dir.resolve("ws");
    Path in = Files.createDirectories(dir.resolve("in"));
    Path outside = Files.createDirectories(dir.resolve("outside"));
    copyTree(template, ws);
    Path caseDir = CORPUS.resolve(c.name());
    if (Files.isDirectory(caseDir.resolve("sources"))) {
      copyTree(caseDir.resolve("sources"), ws.resolve("sources"));
    }
    if (Files.isDirectory(caseDir.resolve("input"))) {
      copyTree(caseDir.resolve("input"), in);
    }
    if (Files.isDirectory(caseDir.resolve("reports"))) {
      copyTree(caseDir.resolve("reports"), ws.resolve("reports"));
    }
    BadInputs.generate(c.name(), ws, in, outside);

    Map<String, String> workspaceBefore = CliRun.snapshot(ws);
    Map<String, String> sourcesBefore = CliRun.snapshot(ws.resolve("sources"));
    Map<String, String> inputsBefore = CliRun.snapshot(dir.resolve("in"));
    Map<String, String> outsideBefore = CliRun.snapshot(outside);
    List<String> args = new ArrayList<>(List.of("-w", ws.toString()));
    args.addAll(Arrays.stream(c.command().split(" ")).map(a -> expand(a, ws, in, outside)).toList());

    CliRun run = assertTimeoutPreemptively(HANG_GUARD, () -> CliRun.of(args.toArray(String[]::new)));

    assertThat(run.err()).as("no stack trace").doesNotContain("\tat ").doesNotContain("Exception");
    String expected = expand(c.line(), ws, in, outside);
    if (c.exit() == 0) {
      assertThat(run.err()).isEmpty();
      assertThat(run.out().lines().findFirst().orElse("")).isEqualTo(expected);
      // a run that goes on may write claims/, reports/ and (add) a new source, but keeps every source as it was
      assertThat(CliRun.snapshot(ws.resolve("sources"))).containsAllEntriesOf(sourcesBefore);
    } else {
      assertThat(run.err()).isEqualTo(expected + System.lineSeparator());
      assertThat(CliRun.snapshot(ws)).as("a refused run changes nothing").isEqualTo(workspaceBefore);
    }
    assertThat(run.code()).as(run.err()).isEqualTo(c.exit());
    assertThat(CliRun.snapshot(dir.resolve("in"))).isEqualTo(inputsBefore);
    assertThat(CliRun.snapshot(outside)).isEqualTo(outsideBefore);
  }

  private static String expand(String s, Path ws, Path in, Path outside) {
    return s.replace("{ws}", ws.toString()).replace("{in}", in.toString()).replace("{outside}", outside.toString())
        .replace("\\0", "\0");
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> walk = Files.walk(from)) {
      walk.forEach(p -> {
        try {
          Path target = to.resolve(from.relativize(p).toString());
          if (Files.isDirectory(p)) {
            Files.createDirectories(target);
          } else {
            Files.copy(p, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
          }
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
  }
}
