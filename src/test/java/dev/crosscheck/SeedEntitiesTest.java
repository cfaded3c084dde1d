package dev.crosscheck;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.model.Entity;
import dev.crosscheck.model.Finding;
import dev.crosscheck.model.FindingKind;
import dev.crosscheck.model.Report;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Who is who on the seed corpus: the aliases issue #4 names resolve to one entity each. */
class SeedEntitiesTest {
  private static Report report;

  @BeforeAll
  static void check() {
    report = CrossCheck.report(Path.of(""));
  }

  private static Entity entity(String id) {
    return report.entities().stream().filter(e -> e.id().equals(id)).findFirst()
        .orElseThrow(() -> new AssertionError("no entity " + id + " in " + report.entities().stream().map(Entity::id).toList()));
  }

  /** The one entity whose name or aliases include {@code surface}. */
  private static List<String> entitiesWritten(String surface) {
    return report.entities().stream().filter(e -> e.name().equals(surface) || e.aliases().contains(surface))
        .map(Entity::id).toList();
  }

  @Test
  void everyFormOfCarneyIsOnePerson() {
    for (String form : List.of("Mark Carney", "Carney", "PM Carney", "Prime Minister Mark Carney",
        "Canadian Prime Minister Mark Carney", "the prime minister")) {
      assertThat(entitiesWritten(form)).as(form).containsExactly("person:mark-carney");
    }
    assertThat(entity("person:mark-carney").sources()).hasSize(5);
  }

  @Test
  void everyFormOfTrumpIsOnePerson() {
    for (String form : List.of("Donald Trump", "Trump", "President Trump", "US President Donald Trump",
        "U.S. President Donald Trump", "the president")) {
      assertThat(entitiesWritten(form)).as(form).containsExactly("person:donald-trump");
    }
  }

  @Test
  void thePmoPrimeMinistersOfficeAndCarneysOfficeAreOneOrganisation() {
    for (String form : List.of("PMO", "Prime Minister’s Office", "Carney’s office")) {
      assertThat(entitiesWritten(form)).as(form).containsExactly("org:prime-ministers-office");
    }
    assertThat(entity("org:prime-ministers-office").kind()).isEqualTo("organisation");
  }

  @Test
  void everyFormOfTheUnitedStatesIsOnePlace() {
    for (String form : List.of("US", "U.S.", "United States", "America")) {
      assertThat(entitiesWritten(form)).as(form).containsExactly("place:united-states");
    }
  }

  @Test
  void theUsersAliasesFileJoinsCusmaToUsmca() {
    assertThat(entitiesWritten("CUSMA")).containsExactly("agreement:usmca");
    assertThat(entity("agreement:usmca").sources()).hasSize(2);
  }

  @Test
  void annaKellysTwoTitlesAgreeAndTrudeauIsAFormerPrimeMinisterInBoth() {
    List<Finding> kelly = report.findings().stream().filter(f -> f.entity().equals("person:anna-kelly")).toList();
    assertThat(kelly).noneMatch(f -> f.kind() == FindingKind.CONTRADICTION);
    assertThat(kelly).anyMatch(f -> f.kind() == FindingKind.AGREEMENT && f.rule().equals("role-status"));
    assertThat(report.findings()).anySatisfy(f -> {
      assertThat(f.kind()).isEqualTo(FindingKind.AGREEMENT);
      assertThat(f.entity()).isEqualTo("person:justin-trudeau");
      assertThat(f.values()).containsExactly("former");
      assertThat(f.claims()).extracting(c -> c.evidence())
          .anyMatch(e -> e.contains("former Prime Minister Justin Trudeau"))
          .anyMatch(e -> e.contains("former PM Trudeau"));
    });
  }

  @Test
  void everyClaimNamesAListedEntity() {
    List<String> ids = report.entities().stream().map(Entity::id).toList();
    for (Finding f : report.findings()) {
      assertThat(ids).contains(f.entity());
    }
  }
}
