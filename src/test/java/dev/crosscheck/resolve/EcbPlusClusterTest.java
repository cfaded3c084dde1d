package dev.crosscheck.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.CrossCheck;
import dev.crosscheck.ingest.SourceFiles;
import dev.crosscheck.model.Entity;
import dev.crosscheck.model.Report;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The same machinery on people it has never seen: four articles of ECB+ cluster 1ecb (see
 * src/test/resources/ecbplus/README.md), where a full name in one article and a surname in another are one person.
 */
class EcbPlusClusterTest {
  private static Report report;

  @BeforeAll
  static void check() {
    report = CrossCheck.check(SourceFiles.readAll(Path.of("src/test/resources/ecbplus/sources"))).report();
  }

  private static List<Entity> written(String surface) {
    return report.entities().stream().filter(e -> e.name().equals(surface) || e.aliases().contains(surface)).toList();
  }

  @Test
  void theActressIsOnePersonInEveryArticleWhetherNamedInFullOrBySurname() {
    assertThat(written("Tara Reid")).singleElement().satisfies(e -> {
      assertThat(e.id()).isEqualTo("person:tara-reid");
      assertThat(e.aliases()).contains("Reid");
      assertThat(e.sources()).containsExactly("1_1ecb", "1_2ecb", "1_3ecb", "1_8ecb");
    });
    assertThat(written("Reid")).hasSize(1);
  }

  @Test
  void herPublicistIsOnePersonToo() {
    assertThat(written("Jack Ketsoyan")).singleElement().satisfies(e -> {
      assertThat(e.aliases()).contains("Ketsoyan");
      assertThat(e.sources()).contains("1_1ecb", "1_2ecb", "1_3ecb");
    });
    assertThat(written("Ketsoyan")).hasSize(1);
  }

  @Test
  void theyStayTwoPeopleAndTheCountryIsKnown() {
    assertThat(written("Tara Reid")).doesNotContainAnyElementsOf(written("Jack Ketsoyan"));
    assertThat(written("U.S.")).extracting(Entity::id).containsExactly("place:united-states");
  }

  @Test
  void agreesWithTheEcbPlusAnnotatorsOnWhoIsWho() throws java.io.IOException {
    java.util.Map<String, java.util.Set<String>> idsByGoldInstance = new java.util.TreeMap<>();
    for (String line : java.nio.file.Files.readAllLines(Path.of("src/test/resources/ecbplus/gold-names.tsv"))) {
      if (line.startsWith("#")) {
        continue;
      }
      String[] cols = line.split("\t");
      List<Entity> named = written(cols[1]).stream().filter(e -> e.sources().contains(cols[0])).toList();
      assertThat(named).as(line).hasSize(1);
      idsByGoldInstance.computeIfAbsent(cols[2], k -> new java.util.TreeSet<>()).add(named.get(0).id());
    }
    assertThat(idsByGoldInstance).hasSize(2).allSatisfy((instance, ids) -> assertThat(ids).as(instance).hasSize(1));
    assertThat(idsByGoldInstance.values().stream().flatMap(java.util.Set::stream).distinct()).hasSize(2);
  }
}
