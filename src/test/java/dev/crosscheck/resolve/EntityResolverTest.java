package dev.crosscheck.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.model.Claim;
import dev.crosscheck.model.Evidence;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EntityResolverTest {
  private static Claim claim(String source, String subject) {
    return new Claim("c-" + source + subject, "role", source, new Evidence(source, 0, 1, "x"), subject,
        subject.toLowerCase(), "mayor", "current", Map.of());
  }

  @Test
  void aSurnameTakesTheFullNameFromItsOwnSourceFirstThenFromOthers() {
    List<Claim> resolved = EntityResolver.resolve(List.of(
        claim("a", "Ana Silva"), claim("a", "Silva"), claim("b", "Silva"), claim("b", "Silva’s office")));
    assertThat(resolved).extracting(Claim::entity)
        .containsExactly("ana silva", "ana silva", "ana silva", "ana silva’s office");
  }

  @Test
  void twoPeopleSharingASurnameStayApart() {
    List<Claim> resolved = EntityResolver.resolve(List.of(
        claim("a", "Ana Silva"), claim("b", "Rui Silva"), claim("c", "Silva"), claim("a", "Silva")));
    assertThat(resolved).extracting(Claim::entity).containsExactly("ana silva", "rui silva", "silva", "ana silva");
  }
}
