package dev.crosscheck;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.ingest.AliasesFile;
import dev.crosscheck.model.Aliases;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A session keeps the caches in memory between checks, and uses them only while the cache files are the ones it
 * last saw: what it writes is always what {@code check} writes.
 */
class CheckSessionTest {
  @TempDir Path dir;
  @TempDir Path scratch;
  private CheckSession session;
  private int freshCount;

  @BeforeEach
  void check() throws IOException {
    SeedWorkspace.copySeeds(dir);
    session = new CheckSession(dir);
    session.checkAndWrite(PipelineListener.NONE);
  }

  private Aliases aliases() {
    return AliasesFile.read(dir.resolve("sources"));
  }

  @Test
  void aRecheckFromTheCachesInMemoryWritesWhatACheckWrites() throws IOException {
    assertThat(session.prepared(aliases())).hasSize(5);
    assertThat(session.claims()).hasSize(5);
    appendTo("003_2c964859428047c5.txt", "\nThe meeting ended after two hours, officials said.\n");
    session.checkAndWrite(PipelineListener.NONE);
    assertThat(SeedWorkspace.outputs(dir)).isEqualTo(fresh());
  }

  @Test
  void aCheckFromAnotherTerminalMakesTheSessionReadTheCachesAgain() throws IOException {
    appendTo("001_659b5e0b30302cf8.txt", "\nA later paragraph was added to this story.\n");
    CrossCheck.checkAndWrite(dir); // rewrites both caches behind the session's back
    assertThat(session.prepared(aliases())).isNull();
    assertThat(session.claims()).isNull();
    appendTo("002_cc6f4f26477ca855.txt", "\nAnd one more was added to this one.\n");
    session.checkAndWrite(PipelineListener.NONE);
    assertThat(SeedWorkspace.outputs(dir)).isEqualTo(fresh());
    assertThat(session.prepared(aliases())).hasSize(5);
  }

  @Test
  void editedAliasesAndADeletedCacheAreNoticed() throws IOException {
    Aliases before = aliases();
    Path file = dir.resolve("sources/aliases.json");
    Files.writeString(file, Files.readString(file).replace("Agreement\"]", "Agreement\", \"the trade pact\"]"));
    Files.delete(dir.resolve(".crosscheck/claims.bin"));
    assertThat(session.claims()).isNull();
    assertThat(session.prepared(aliases())).isNull();
    session.checkAndWrite(PipelineListener.NONE);
    assertThat(session.prepared(aliases())).hasSize(5);
    assertThat(session.prepared(before)).as("kept for the aliases it was made with only").isNull();
    assertThat(SeedWorkspace.outputs(dir)).isEqualTo(fresh());
  }

  @Test
  void aRehearsalWritesNothingEvenWithANewSourceWaiting() throws IOException {
    appendTo("000_bcfd6fea065c72ea.txt", "\nA sentence nobody has checked yet.\n");
    Map<String, String> before = files();
    session.rehearse();
    assertThat(files()).isEqualTo(before);
  }

  /** Every file under the workspace with its size and time. */
  private Map<String, String> files() throws IOException {
    Map<String, String> files = new java.util.TreeMap<>();
    try (var walk = Files.walk(dir)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        files.put(dir.relativize(p).toString(), Files.size(p) + "@" + Files.getLastModifiedTime(p).toMillis());
      }
    }
    return files;
  }

  private void appendTo(String source, String text) throws IOException {
    Path f = dir.resolve("sources").resolve(source);
    Files.writeString(f, Files.readString(f) + text);
  }

  private Map<String, String> fresh() throws IOException {
    Path copy = scratch.resolve("fresh" + freshCount++);
    SeedWorkspace.copySources(dir.resolve("sources"), copy.resolve("sources"));
    CrossCheck.checkAndWrite(copy);
    return SeedWorkspace.outputs(copy);
  }
}
