package dev.crosscheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourcesAndRemoveCommandTest {
  @TempDir Path ws;
  Path sources;

  @BeforeEach
  void workspace() throws IOException {
    assertThat(CliRun.of("init", ws.toString()).code()).isZero();
    sources = ws.resolve("sources");
    Files.writeString(sources.resolve("b_wire.txt"), "Dock workers walked out on Friday.\nAdvertisement\nTalks resume Monday.\n");
    Files.writeString(sources.resolve("b_wire.meta.json"),
        "{\"outlet\": \"Northern Wire\", \"published\": \"2025-03-15\", \"estimated\": true, \"basis\": \"archive capture\"}");
    Files.writeString(sources.resolve("a_courier.md"), "More than 1,200 dock workers at Westhaven walked off the job.\n");
    Files.writeString(sources.resolve("a_courier.meta.json"), "{\"outlet\": \"The Coastal Courier\", \"published\": \"2025-03-14\"}");
    Files.writeString(sources.resolve("c_bare.txt"), "Ferries were diverted to Eastport.\n");
  }

  @Test
  void listsSourcesSortedByIdInAlignedColumns() {
    CliRun run = CliRun.of("sources", "-w", ws.toString());

    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out()).isEqualTo("""
        ID         OUTLET               PUBLISHED               WORDS  CLAIMS  NOTES
        a_courier  The Coastal Courier  2025-03-14                 11       -      0
        b_wire     Northern Wire        2025-03-15 (estimated)      9       -      1
        c_bare     -                    -                           5       -      0
        3 sources
        """);
  }

  @Test
  void countsClaimsOfSourcesCheckedSinceTheyLastChanged() throws IOException {
    Files.writeString(sources.resolve("c_bare.txt"), "Former Mayor Ana Silva said “the ferries will run again soon.”\n");
    assertThat(CliRun.of("check", "-w", ws.toString()).code()).isZero();
    Files.writeString(sources.resolve("a_courier.md"), "Mayor Ana Silva spoke.\n");
    CliRun run = CliRun.of("sources", "-w", ws.toString());
    assertThat(run.out()).containsPattern("a_courier .* - +0\\n").containsPattern("c_bare .* 2 +0\\n");
  }

  @Test
  void removesTheTextTheSidecarAndTheClaims() throws IOException {
    assertThat(CliRun.of("check", "-w", ws.toString()).code()).isZero();
    assertThat(ws.resolve("claims/b_wire.json")).exists();

    CliRun run = CliRun.of("remove", "-w", ws.toString(), "b_wire");

    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out()).startsWith("removed b_wire: sources/b_wire.txt, sources/b_wire.meta.json, claims/b_wire.json");
    assertThat(sources.resolve("b_wire.txt")).doesNotExist();
    assertThat(sources.resolve("b_wire.meta.json")).doesNotExist();
    assertThat(ws.resolve("claims/b_wire.json")).doesNotExist();
    assertThat(CliRun.of("sources", "-w", ws.toString()).out()).doesNotContain("b_wire").contains("2 sources");
  }

  @Test
  void refusesToRemoveAnUnknownOrUnsafeIdAndChangesNothing() throws IOException {
    Map<String, String> before = CliRun.snapshot(ws);

    CliRun unknown = CliRun.of("remove", "-w", ws.toString(), "d_missing");
    CliRun unsafe = CliRun.of("remove", "-w", ws.toString(), "../sources/a_courier");

    assertThat(unknown.code()).isEqualTo(2);
    assertThat(unknown.err()).contains("no source with id 'd_missing'");
    assertThat(unsafe.code()).isEqualTo(2);
    assertThat(unsafe.err()).contains("not a valid source id");
    assertThat(CliRun.snapshot(ws)).isEqualTo(before);
  }
}
