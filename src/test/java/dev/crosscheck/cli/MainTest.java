package dev.crosscheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    out.getBuffer().setLength(0);
    err.getBuffer().setLength(0);
    return Main.run(new PrintWriter(out), new PrintWriter(err), args);
  }

  private void copySeeds() throws IOException {
    CliProcess.seedWorkspace(dir);
  }

  @Test
  void checkWritesClaimsAndReportsAndSaysWhatItFound() throws IOException {
    copySeeds();
    assertThat(run("check", "--workspace", dir.toString())).isZero();
    assertThat(out.toString()).startsWith("5 sources, ").containsPattern("[1-9]\\d* contradictions");
    assertThat(dir.resolve("claims/003_2c964859428047c5.json")).exists();
    assertThat(Files.readString(dir.resolve("reports/report.json"))).contains("\"kind\": \"contradiction\"");
    assertThat(Files.readString(dir.resolve("reports/report.md"))).containsPattern("## Contradictions \\([1-9]\\d*\\)");
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void noCommandRunsCheckAndTwoRunsWriteTheSameBytes() throws IOException {
    copySeeds();
    assertThat(run("--workspace", dir.toString())).isZero();
    List<byte[]> first = outputs();
    assertThat(run("-w", dir.toString(), "check")).isZero();
    assertThat(outputs()).usingRecursiveComparison().isEqualTo(first);
  }

  private List<byte[]> outputs() throws IOException {
    List<byte[]> bytes = new ArrayList<>();
    for (String folder : List.of("claims", "reports")) {
      try (Stream<Path> files = Files.list(dir.resolve(folder))) {
        for (Path f : files.sorted().toList()) {
          bytes.add(Files.readAllBytes(f));
        }
      }
    }
    return bytes;
  }

  @Test
  void aWorkspaceGivenBeforeTheCommandAppliesToIt() throws IOException {
    Files.createDirectories(dir.resolve("sources"));
    Files.writeString(dir.resolve("sources/only-here.txt"), "Mayor Ana Silva spoke.");
    assertThat(run("-w", dir.toString(), "sources")).isZero();
    assertThat(out.toString()).contains("only-here");
    assertThat(run("-w", dir.toString(), "check")).isZero();
    assertThat(out.toString()).startsWith("1 sources");
    assertThat(dir.resolve("reports/report.json")).exists();
  }

  @Test
  void plainTextSourcesWithoutMetadataStillCheck() throws IOException {
    Files.createDirectories(dir.resolve("sources"));
    Files.writeString(dir.resolve("sources/a.txt"), "Former Mayor Ana Silva spoke on Monday.");
    Files.writeString(dir.resolve("sources/b.txt"), "Mayor Ana Silva said nothing.");
    assertThat(run("check", "-w", dir.toString())).isZero();
    assertThat(out.toString()).contains("2 sources, 2 claims: 1 contradictions");
  }

  @Test
  void badInputIsOneLineNamingTheFileExitTwoAndWritesNothing() throws IOException {
    Files.createDirectories(dir.resolve("sources"));
    Files.writeString(dir.resolve("sources/a.txt"), "Fine text.");
    Files.write(dir.resolve("sources/b.txt"), new byte[] {(byte) 0xC3, (byte) 0x28});
    assertThat(run("check", "-w", dir.toString())).isEqualTo(2);
    assertThat(err.toString()).isEqualTo("crosscheck: " + dir.resolve("sources/b.txt") + ": not valid UTF-8 text (byte 0xC3 at offset 0, line 1)" + System.lineSeparator());
    assertThat(dir.resolve("reports")).doesNotExist();
    assertThat(dir.resolve("claims")).doesNotExist();
  }

  @Test
  void missingSourcesFolderAndUsageErrorsExitTwo() {
    assertThat(run("check", "-w", dir.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("no sources folder");
    assertThat(run("check", "--no-such-option")).isEqualTo(2);
    assertThat(run("frobnicate")).isEqualTo(2);
  }

  @Test
  void entitiesPrintsWhoIsWhoAndABadAliasesFileIsOneLineExitTwo() throws IOException {
    copySeeds();
    assertThat(run("entities", "-w", dir.toString())).isZero();
    assertThat(out.toString()).startsWith("| id | kind | name | also written | sources |")
        .contains("| `person:mark-carney` | person | Mark Carney | ")
        .contains("| `org:prime-ministers-office` | organisation | Prime Minister’s Office | Carney’s office; PMO |");
    Files.writeString(dir.resolve("sources/aliases.json"), "{\"aliases\": [");
    assertThat(run("entities", "-w", dir.toString())).isEqualTo(2);
    assertThat(err.toString()).startsWith("crosscheck: " + dir.resolve("sources/aliases.json") + ": malformed JSON")
        .hasLineCount(1);
  }

  @Test
  void claimsPrintsOneSourceAndRefusesAnUnknownId() throws IOException {
    copySeeds();
    assertThat(run("claims", "-w", dir.toString(), "003_2c964859428047c5")).isZero();
    assertThat(out.toString()).contains("\"source\": \"003_2c964859428047c5\"").contains("now-former U.S. President Donald Trump");
    assertThat(run("claims", "-w", dir.toString(), "nope")).isEqualTo(2);
    assertThat(err.toString()).contains("no source with id 'nope'");
  }

  @Test
  void initMakesAnEmptyWorkspaceThatChecks() throws IOException {
    Path ws = dir.resolve("story");
    assertThat(run("init", ws.toString())).isZero();
    assertThat(ws.resolve("sources")).isDirectory();
    assertThat(run("init", ws.toString())).isZero();
    assertThat(out.toString()).contains("already a workspace");
    assertThat(run("check", "-w", ws.toString())).isZero();
    assertThat(out.toString()).startsWith("0 sources");
  }

  @Test
  void normaliseIsASubcommand() {
    assertThat(run("normalise", "--reference", "2025-05-02", "--text", "He will travel next Tuesday.")).isZero();
    assertThat(out.toString()).contains("\"value\" : \"2025-05-06\"").contains("weekday-next");
    assertThat(run("normalise", "--reference", "2025-02-30", "--text", "x")).isEqualTo(2);
  }

  @Test
  void helpIsAvailableEverywhere() {
    for (String cmd : List.of("check", "claims", "init", "normalise")) {
      assertThat(run(cmd, "--help")).isZero();
      assertThat(out.toString()).contains("Usage: crosscheck " + cmd);
    }
  }

  @Test
  void helpListsEveryCommandAndExplainsEachInTheirOrder() {
    // a run that names its command registers only that one: help must still know them all
    assertThat(run("--help")).isZero();
    List<String> commands = List.of("check", "add", "sources", "remove", "claims", "entities", "init", "watch", "normalise", "bench",
        "review", "export", "help");
    String listed = out.toString().substring(out.toString().indexOf("Commands:"));
    int at = 0;
    for (String cmd : commands) {
      int found = listed.indexOf("\n  " + cmd + " ", at);
      assertThat(found).as(cmd + " listed after the one before").isGreaterThan(at - 1);
      at = found;
    }
    assertThat(run("help", "review")).isZero();
    assertThat(out.toString()).contains("Usage: crosscheck review").contains("dismiss");
    assertThat(run("-w", dir.toString(), "chek")).isEqualTo(2);
    assertThat(err.toString()).contains("chek");
  }

  @Test
  void outputIsUtf8() throws IOException {
    copySeeds();
    run("check", "-w", dir.toString());
    assertThat(new String(Files.readAllBytes(dir.resolve("reports/report.md")), StandardCharsets.UTF_8)).contains("’");
  }
}
