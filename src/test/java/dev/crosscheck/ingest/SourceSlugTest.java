package dev.crosscheck.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.model.SourceId;
import org.junit.jupiter.api.Test;

class SourceSlugTest {
  @Test
  void makesAReadableIdFromAHeadline() {
    assertThat(SourceSlug.of("Dock workers walk out as harbour talks collapse | The Coastal Courier"))
        .isEqualTo("dock-workers-walk-out-as-harbour-talks-collapse-the-coastal");
    assertThat(SourceSlug.of("Zürich: Ärzte streiken — „Wir können nicht mehr“")).isEqualTo("zurich-arzte-streiken-wir-konnen-nicht-mehr");
  }

  @Test
  void alwaysGivesASafeIdOfAtMostSixtyCharacters() {
    for (String name : new String[] {"", "../../etc/passwd", "CON", "...", "日本語の記事", "a".repeat(200), "-x-"}) {
      String slug = SourceSlug.of(name);
      assertThat(SourceId.isValid(slug)).as(name + " -> " + slug).isTrue();
      assertThat(slug).matches("[a-z0-9-]{1,60}");
    }
    assertThat(SourceSlug.of("../../etc/passwd")).isEqualTo("etc-passwd");
    assertThat(SourceSlug.of("CON")).isEqualTo("source-con");
  }
}
