package dev.crosscheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A check reuses the claims of unchanged sources from claims/ and reads changed ones again. */
class IncrementalCheckTest {
  @TempDir Path dir;

  @BeforeEach
  void seeds() throws IOException {
    Files.createDirectories(dir.resolve("sources"));
    try (Stream<Path> files = Files.list(Path.of("sources"))) {
      for (Path f : files.toList()) {
        Files.copy(f, dir.resolve("sources").resolve(f.getFileName()));
      }
    }
  }

  private Map<String, String> outputs() throws IOException {
    Map<String, String> out = new TreeMap<>();
    for (String folder : new String[] {"claims", "reports"}) {
      try (Stream<Path> files = Files.list(dir.resolve(folder))) {
        for (Path f : files.toList()) {
          out.put(folder + "/" + f.getFileName(), Files.readString(f));
        }
      }
    }
    return out;
  }

  @Test
  void aRunFromCachedClaimsWritesTheSameBytesAsAFreshOne() throws IOException {
    CrossCheck.checkAndWrite(dir);
    Map<String, String> fresh = outputs();
    CrossCheck.checkAndWrite(dir);
    assertThat(outputs()).isEqualTo(fresh);
  }

  @Test
  void unchangedSourcesAreNotReadAgainAndChangedOnesAre() throws IOException {
    CrossCheck.checkAndWrite(dir);
    Path claims = dir.resolve("claims/003_2c964859428047c5.json");
    // a claim changed in the cache, its content hash left as it was: only a reuse can carry it through
    Files.writeString(claims, Files.readString(claims).replace("\"value\": \"former\"", "\"value\": \"marked\""));
    CrossCheck.checkAndWrite(dir);
    assertThat(Files.readString(claims)).contains("\"value\": \"marked\"");

    Path source = dir.resolve("sources/003_2c964859428047c5.txt");
    Files.writeString(source, Files.readString(source) + "\nOne more sentence was added later.");
    CheckResult result = CrossCheck.checkAndWrite(dir);
    assertThat(Files.readString(claims)).doesNotContain("\"value\": \"marked\"").contains("\"value\": \"former\"");
    assertThat(result.report().findings()).anySatisfy(f -> assertThat(f.kind().label()).isEqualTo("contradiction"));
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
  void anUnreadableClaimsFileIsIgnoredNotAnError() throws IOException {
    CrossCheck.checkAndWrite(dir);
    Map<String, String> fresh = outputs();
    Files.writeString(dir.resolve("claims/001_659b5e0b30302cf8.json"), "{ truncated");
    Files.writeString(dir.resolve("claims/zzz_gone.json"), "[]");
    CrossCheck.checkAndWrite(dir);
    assertThat(outputs()).isEqualTo(fresh);
  }
}
