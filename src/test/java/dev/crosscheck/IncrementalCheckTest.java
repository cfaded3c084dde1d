package dev.crosscheck;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.ingest.AliasesFile;
import dev.crosscheck.ingest.SourceFiles;
import dev.crosscheck.model.Aliases;
import dev.crosscheck.model.Article;
import dev.crosscheck.model.Note;
import dev.crosscheck.model.Segmented;
import dev.crosscheck.store.PreparedSourcesFile;
import dev.crosscheck.store.Workspace;
import java.io.IOException;
import java.util.List;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A check reuses what the per-source stages made of unchanged sources and reads changed ones again. */
class IncrementalCheckTest {
  @TempDir Path dir;

  @BeforeEach
  void seeds() throws IOException {
    SeedWorkspace.copySeeds(dir);
  }

  private Map<String, String> outputs() throws IOException {
    return SeedWorkspace.outputs(dir);
  }

  @Test
  void aRunFromCachedClaimsWritesTheSameBytesAsAFreshOne() throws IOException {
    CrossCheck.checkAndWrite(dir);
    Map<String, String> fresh = outputs();
    CrossCheck.checkAndWrite(dir);
    assertThat(outputs()).isEqualTo(fresh);
  }

  @Test
  void claimsFilesAreOutputAnEditedOneIsWrittenAgainAndAChangedSourceIsReadAgain() throws IOException {
    CrossCheck.checkAndWrite(dir);
    Path claims = dir.resolve("claims/003_2c964859428047c5.json");
    String written = Files.readString(claims);
    Files.writeString(claims, written.replace("\"value\": \"former\"", "\"value\": \"marked\""));
    CrossCheck.checkAndWrite(dir);
    assertThat(Files.readString(claims)).isEqualTo(written);

    Path source = dir.resolve("sources/003_2c964859428047c5.txt");
    Files.writeString(source, Files.readString(source) + "\nOne more sentence was added later.");
    CheckResult result = CrossCheck.checkAndWrite(dir);
    assertThat(Files.readString(claims)).isNotEqualTo(written).contains("\"value\": \"former\"");
    assertThat(result.report().findings()).anySatisfy(f -> assertThat(f.kind().label()).isEqualTo("contradiction"));
  }

  @Test
  void removingASourceWritesWhatAFirstCheckOfTheRestWrites(@TempDir Path scratch) throws IOException {
    CrossCheck.checkAndWrite(dir);
    String id = "004_6d7ed686b6d930b6";
    try (Stream<Path> files = Files.list(dir.resolve("sources"))) {
      for (Path f : files.filter(f -> f.getFileName().toString().startsWith(id)).toList()) {
        Files.move(f, scratch.resolve(f.getFileName()));
      }
    }
    CrossCheck.checkAndWrite(dir);
    Path fresh = scratch.resolve("fresh");
    SeedWorkspace.copySources(dir.resolve("sources"), fresh.resolve("sources"));
    CrossCheck.checkAndWrite(fresh);
    assertThat(outputs()).isEqualTo(SeedWorkspace.outputs(fresh)).doesNotContainKey("claims/" + id + ".json");
  }

  @Test
  void changedMetadataMeansTheSourceIsReadAgain() throws IOException {
    CrossCheck.checkAndWrite(dir);
    Path claims = dir.resolve("claims/000_bcfd6fea065c72ea.json");
    String before = Files.readString(claims);
    Path meta = dir.resolve("sources/000_bcfd6fea065c72ea.meta.json");
    Files.writeString(meta, Files.readString(meta).replace("2025-05-02", "2025-05-09"));
    CrossCheck.checkAndWrite(dir);
    String after = Files.readString(claims);
    assertThat(after).isNotEqualTo(before).contains("2025-05-13"); // "next Tuesday" from the new date
  }

  @Test
  void addingASourceToACheckedWorkspaceWritesWhatAFreshCheckOfAllSourcesWrites(@TempDir Path scratch)
      throws IOException {
    String id = "000_bcfd6fea065c72ea";
    for (String suffix : new String[] {".txt", ".meta.json"}) {
      Files.move(dir.resolve("sources/" + id + suffix), scratch.resolve(id + suffix));
    }
    CrossCheck.checkAndWrite(dir);
    assertThat(PreparedSourcesFile.read(new Workspace(dir), AliasesFile.read(dir.resolve("sources")))).hasSize(4);
    for (String suffix : new String[] {".txt", ".meta.json"}) {
      Files.move(scratch.resolve(id + suffix), dir.resolve("sources/" + id + suffix));
    }
    CrossCheck.checkAndWrite(dir); // four sources prepared from the cache, one now
    Map<String, String> incremental = outputs();

    Path fresh = scratch.resolve("fresh");
    SeedWorkspace.copySources(dir.resolve("sources"), fresh.resolve("sources"));
    CrossCheck.checkAndWrite(fresh);
    assertThat(incremental).isEqualTo(SeedWorkspace.outputs(fresh)).containsKey("claims/" + id + ".json");
    assertThat(PreparedSourcesFile.read(new Workspace(dir), AliasesFile.read(dir.resolve("sources")))).hasSize(5);
  }

  @Test
  void unchangedSourcesArePreparedFromTheCache() throws IOException {
    CrossCheck.checkAndWrite(dir);
    Workspace ws = new Workspace(dir);
    Aliases aliases = AliasesFile.read(ws.sources());
    Map<String, PreparedSource> cached = new java.util.HashMap<>(PreparedSourcesFile.read(ws, aliases));
    // a note only the cache holds: a run that cleans the source again cannot show it
    // a note and a claim value only the cache holds: a run that cleans or extracts the source again cannot show them
    cached.replaceAll((hash, p) -> new PreparedSource(hash, new Segmented(new Article(p.segmented().article().meta(),
        p.segmented().text(), List.of(new Note("from-cache", "prepared last time", 0))), p.segmented().sentences(),
        p.segmented().quotations()), p.mentions(),
        p.claims().stream().map(c -> c.kind().equals("quote") ? c.withAttribute("cached", "yes") : c).toList(),
        p.expressions()));
    CheckResult result = Pipeline.run(SourceFiles.readAll(ws.sources()), aliases, PipelineListener.NONE, cached);
    assertThat(result.articles()).hasSize(5).allSatisfy(a -> assertThat(a.notes()).extracting(Note::code)
        .containsExactly("from-cache"));
    assertThat(result.claims().values().stream().flatMap(List::stream).filter(c -> c.kind().equals("quote")))
        .isNotEmpty().allSatisfy(c -> assertThat(c.attribute("cached")).isEqualTo("yes"));
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {"prepared-sources.bin", "claims.bin"})
  void aDamagedOrForeignCacheIsIgnoredAndRebuilt(String name) throws IOException {
    CrossCheck.checkAndWrite(dir);
    Map<String, String> fresh = outputs();
    Path cache = dir.resolve(".crosscheck").resolve(name);
    byte[] good = Files.readAllBytes(cache);
    byte[] flipped = good.clone();
    flipped[flipped.length / 2] ^= 0x20; // one changed letter in a cached text or claim: the checksum no longer matches
    for (byte[] bad : new byte[][] {flipped, java.util.Arrays.copyOf(good, good.length / 3), new byte[0],
        "not a cache".getBytes(java.nio.charset.StandardCharsets.UTF_8)}) {
      Files.write(cache, bad);
      CrossCheck.checkAndWrite(dir);
      assertThat(outputs()).isEqualTo(fresh);
      assertThat(Files.readAllBytes(cache)).isEqualTo(good);
    }
  }

  @Test
  void anUnreadableClaimsFileIsIgnoredNotAnError() throws IOException {
    CrossCheck.checkAndWrite(dir);
    Map<String, String> fresh = outputs();
    Files.writeString(dir.resolve("claims/001_659b5e0b30302cf8.json"), "{ truncated");
    Files.writeString(dir.resolve("claims/zzz_gone.json"), "[]");
    CrossCheck.checkAndWrite(dir);
    assertThat(outputs()).isEqualTo(fresh);
  }
}
