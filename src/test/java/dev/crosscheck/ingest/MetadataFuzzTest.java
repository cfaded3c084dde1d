package dev.crosscheck.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.crosscheck.BadInputException;
import dev.crosscheck.model.SourceMeta;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Any sidecar: metadata is read, or refused with one line naming the file; a date read is a plausible
 * one, and what is read writes back to a sidecar that reads the same. To fuzz for real:
 * {@code JAZZER_FUZZ=1 mvn test-compile surefire:test -Dtest=MetadataFuzzTest}.
 */
class MetadataFuzzTest {
  private static final Path FILE = Path.of("sources", "a.meta.json");

  @FuzzTest(maxDuration = "2m")
  void readsMetadataOrRefusesInOneLine(byte[] input) {
    String json = new String(input, StandardCharsets.UTF_8);
    SourceMeta meta;
    try {
      meta = SourceFiles.parseMeta(FILE, json, "a");
    } catch (BadInputException e) {
      assertThat(e.getMessage()).startsWith(FILE + ": ").doesNotContain("\n").doesNotContain("\r");
      return;
    }
    if (meta.published() != null) {
      assertThat(meta.published().getYear()).isBetween(1800, 2200);
    }
    String written = SourceFiles.metaJson(meta);
    SourceMeta again = written == null ? SourceMeta.bare("a") : SourceFiles.parseMeta(FILE, written, "a");
    assertThat(again).isEqualTo(meta);
  }
}
