package dev.crosscheck.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.CheckResult;
import dev.crosscheck.CrossCheck;
import dev.crosscheck.SeedWorkspace;
import dev.crosscheck.report.ClaimsFile;
import dev.crosscheck.report.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The claims cache gives back exactly what the claims files hold, and spares unchanged files a rewrite. */
class ClaimsCacheTest {
  @TempDir Path dir;

  @BeforeEach
  void seeds() throws IOException {
    SeedWorkspace.copySeeds(dir);
  }

  private Map<String, String> outputs() throws IOException {
    return SeedWorkspace.outputs(dir);
  }

  private Map<String, FileTime> claimsFileTimes() throws IOException {
    Map<String, FileTime> times = new TreeMap<>();
    try (Stream<Path> files = Files.list(dir.resolve("claims"))) {
      for (Path f : files.toList()) {
        times.put(f.getFileName().toString(), Files.getLastModifiedTime(f));
      }
    }
    return times;
  }

  @Test
  void cachedContentIsWrittenBackByteForByteAsTheClaimsFileHoldsIt() throws IOException {
    // both kinds of content a cache entry is made from: a fresh check's, and claims files parsed back
    CheckResult fresh = CrossCheck.checkAndWrite(dir);
    Map<String, ClaimsCache.Entry> entries = new TreeMap<>();
    Workspace ws = new Workspace(dir);
    for (String id : fresh.claims().keySet()) {
      entries.put(id, new ClaimsCache.Entry(fresh.claimsFile(id), 1, 2, null));
    }
    for (Map.Entry<String, ClaimsFile> parsed : ws.previousClaims(Map.of()).entrySet()) {
      entries.put(parsed.getKey() + "-parsed", new ClaimsCache.Entry(parsed.getValue(), 1, 2, null));
    }
    Map<String, ClaimsCache.Entry> back = ClaimsCache.decode(ClaimsCache.encode(entries, "k"), "k");
    assertThat(back).hasSize(10);
    for (String id : fresh.claims().keySet()) {
      String onDisk = Files.readString(ws.claims().resolve(id + Workspace.CLAIMS_SUFFIX));
      assertThat(Json.pretty(back.get(id).content())).isEqualTo(onDisk);
      assertThat(Json.pretty(back.get(id + "-parsed").content())).isEqualTo(onDisk);
      assertThat(back.get(id + "-parsed")).isEqualTo(new ClaimsCache.Entry(back.get(id + "-parsed").content(), 1, 2, null));
    }
  }

  @Test
  void aSecondCheckRewritesNoUnchangedClaimsFileAndWritesTheSameBytes() throws IOException {
    CrossCheck.checkAndWrite(dir);
    Map<String, String> fresh = outputs();
    Map<String, FileTime> times = claimsFileTimes();
    assertThat(ClaimsCache.read(new Workspace(dir))).hasSize(5);
    CrossCheck.checkAndWrite(dir);
    assertThat(outputs()).isEqualTo(fresh);
    assertThat(claimsFileTimes()).isEqualTo(times);
  }

  @Test
  void aReCheckKnowsEveryClaimsFileUnchangedAndNoneWhoseResolutionMoved() throws IOException {
    CrossCheck.checkAndWrite(dir);
    Workspace ws = new Workspace(dir);
    CheckResult again = CrossCheck.checkReviewed(dir);
    Map<String, ClaimsFile> contents = new TreeMap<>();
    again.claims().keySet().forEach(id -> contents.put(id, again.claimsFile(id)));
    Map<String, ClaimsFile> onDisk = ClaimsCache.onDisk(ws, ClaimsCache.read(ws));
    assertThat(ClaimsCache.unchanged(contents, onDisk)).containsExactlyInAnyOrderElementsOf(contents.keySet());

    // what resolution decides for one claim moved: that file, and only it, must be written again
    String id = "003_2c964859428047c5";
    ClaimsFile f = contents.get(id);
    java.util.List<dev.crosscheck.model.Claim> moved = new java.util.ArrayList<>(f.claims());
    moved.set(0, moved.get(0).withEntity("person:someone-else"));
    contents.put(id, new ClaimsFile(f.schema(), f.source(), f.extractor(), f.contentHash(), moved, f.expressions()));
    assertThat(ClaimsCache.unchanged(contents, onDisk)).hasSize(4).doesNotContain(id);
  }

  @Test
  void aClaimsFileChangedSinceTheCacheWasWrittenIsWrittenAgain() throws IOException {
    CrossCheck.checkAndWrite(dir);
    Map<String, String> fresh = outputs();
    Path claims = dir.resolve("claims/003_2c964859428047c5.json");
    Files.writeString(claims, Files.readString(claims).replace("\"value\": \"former\"", "\"value\": \"marked\""));
    assertThat(ClaimsCache.onDisk(new Workspace(dir), ClaimsCache.read(new Workspace(dir))))
        .hasSize(4).doesNotContainKey("003_2c964859428047c5");
    CrossCheck.checkAndWrite(dir);
    assertThat(outputs()).isEqualTo(fresh);
  }

  @Test
  void aRemovedClaimsFileIsWrittenAgain() throws IOException {
    CrossCheck.checkAndWrite(dir);
    Map<String, String> fresh = outputs();
    Files.delete(dir.resolve("claims/001_659b5e0b30302cf8.json"));
    CrossCheck.checkAndWrite(dir);
    assertThat(outputs()).isEqualTo(fresh);
  }
}
