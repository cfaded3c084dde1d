package dev.crosscheck.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.model.Aliases;
import dev.crosscheck.model.Claim;
import dev.crosscheck.model.Entity;
import dev.crosscheck.model.Evidence;
import dev.crosscheck.model.Source;
import dev.crosscheck.model.SourceMeta;
import dev.crosscheck.ingest.Cleaner;
import dev.crosscheck.segment.Segmenter;
import dev.crosscheck.model.Segmented;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EntityResolverTest {
  private static Claim claim(String source, String subject) {
    return new Claim("c-" + source + subject, "role", source, new Evidence(source, 0, 1, "x"), subject,
        subject.toLowerCase(), "mayor", "current", Map.of());
  }

  private static Claim role(String source, String subject, String slot) {
    return new Claim("r-" + source + subject, "role", source, new Evidence(source, 0, 1, "x"), subject,
        subject.toLowerCase(), slot, "current", Map.of("office", slot));
  }

  private static Claim quote(String source, String speaker) {
    return new Claim("q-" + source + speaker, "quote", source, new Evidence(source, 0, 1, "x"), speaker,
        speaker.toLowerCase(), "", "some words said here", Map.of());
  }

  private static Segmented article(String id, String text) {
    return Segmenter.segment(Cleaner.clean(new Source(SourceMeta.bare(id), text)));
  }

  @Test
  void aSurnameTakesTheFullNameFromItsOwnSourceFirstThenFromOthers() {
    List<Claim> resolved = EntityResolver.resolve(List.of(
        claim("a", "Ana Silva"), claim("a", "Silva"), claim("b", "Silva"), quote("b", "Silva’s office")));
    assertThat(resolved).extracting(Claim::entity)
        .containsExactly("person:ana-silva", "person:ana-silva", "person:ana-silva", "org:ana-silvas-office");
  }

  @Test
  void twoPeopleSharingASurnameStayApart() {
    List<Claim> resolved = EntityResolver.resolve(List.of(
        claim("a", "Ana Silva"), claim("b", "Rui Silva"), claim("c", "Silva"), claim("a", "Silva")));
    assertThat(resolved).extracting(Claim::entity)
        .containsExactly("person:ana-silva", "person:rui-silva", "person:silva", "person:ana-silva");
  }

  @Test
  void anOfficeHoldersOfficeIsTheKnownOfficeOfThatTitle() {
    List<Claim> resolved = EntityResolver.resolve(List.of(
        role("a", "Ana Silva", "prime minister"), quote("b", "Silva’s office"), quote("c", "PMO")));
    assertThat(resolved).extracting(Claim::entity)
        .containsExactly("person:ana-silva", "org:prime-ministers-office", "org:prime-ministers-office");
  }

  @Test
  void compatibleTitlesAreComparedAtTheBroadestOffice() {
    List<Claim> resolved = EntityResolver.resolve(List.of(
        role("a", "Ana Silva", "deputy press secretary"), role("b", "Ana Silva", "spokesperson")));
    assertThat(resolved).extracting(Claim::key).containsOnly("role|person:ana-silva|spokesperson");
    assertThat(resolved).extracting(c -> c.attribute("office")).containsExactly("deputy press secretary", "spokesperson");
  }

  @Test
  void mentionsInTextJoinTheirEntityWithEveryWayTheyWereWritten() {
    Segmented a = article("a", "Mayor Ana Silva spoke in the U.S. on Monday. The mayor said Silva would stay.\n");
    Segmented b = article("b", "Silva flew back to America. Observers at the White House noticed.\n");
    Resolution r = EntityResolver.resolve(List.of(a, b), List.of(role("a", "Ana Silva", "mayor")), Aliases.NONE);
    assertThat(r.entities()).extracting(Entity::id)
        .contains("person:ana-silva", "place:united-states", "org:white-house");
    Entity silva = r.entities().stream().filter(e -> e.id().equals("person:ana-silva")).findFirst().orElseThrow();
    assertThat(silva.aliases()).contains("Silva", "The mayor");
    assertThat(silva.sources()).containsExactly("a", "b");
    Entity us = r.entities().stream().filter(e -> e.id().equals("place:united-states")).findFirst().orElseThrow();
    assertThat(us.aliases()).containsExactly("America", "U.S.");
  }

  @Test
  void userAliasesJoinNamesTheGazetteerDoesNotKnow() {
    Segmented a = article("a", "Talks on the Northern Pact resumed on Monday.\n");
    Segmented b = article("b", "Talks on the NorPac treaty resumed.\n");
    Aliases aliases = new Aliases(List.of(new Aliases.Entry("Northern Pact", "agreement", List.of("NorPac"))));
    Resolution r = EntityResolver.resolve(List.of(a, b), List.of(), aliases);
    assertThat(r.entities()).filteredOn(e -> e.id().equals("agreement:northern-pact"))
        .singleElement().satisfies(e -> assertThat(e.sources()).containsExactly("a", "b"));
  }

  @Test
  void aMiddleInitialWrittenOrNotIsOnePerson() {
    Segmented a = article("a", "Richard M. Nixon resigned. Nixon left.\n");
    Segmented b = article("b", "Richard Nixon resigned in 1974. Nixon flew home.\n");
    Segmented c = article("c", "George W. Bush spoke. Reggie Bush ran. Bush smiled.\n");
    Resolution r = EntityResolver.resolve(List.of(a, b, c), List.of(), Aliases.NONE);
    assertThat(r.entities()).extracting(Entity::id).contains("person:richard-m-nixon", "person:george-w-bush",
        "person:reggie-bush").doesNotContain("person:richard-nixon", "person:nixon");
    Entity nixon = r.entities().stream().filter(e -> e.id().equals("person:richard-m-nixon")).findFirst().orElseThrow();
    assertThat(nixon.sources()).containsExactly("a", "b");
    assertThat(nixon.aliases()).contains("Nixon", "Richard Nixon");
    // two men named Bush in one source: "Bush" alone stays apart from both
    assertThat(r.entities()).filteredOn(e -> e.aliases().contains("Bush")).isEmpty();
  }

  @Test
  void aTeamsNicknameAloneIsTheTeamItsSourceNames() {
    Segmented a = article("a", "Kansas City Chiefs coach Andy Reid said the Chiefs lost in Kansas City.\n");
    Resolution r = EntityResolver.resolve(List.of(a), List.of(quote("a", "Chiefs")), Aliases.NONE);
    assertThat(r.claims()).extracting(Claim::entity).containsExactly("org:kansas-city-chiefs");
    assertThat(r.entities()).extracting(Entity::id)
        .contains("org:kansas-city-chiefs", "person:andy-reid", "place:kansas-city")
        .noneMatch(id -> id.startsWith("person:kansas"));
  }

  @Test
  void idsDoNotDependOnTheOrderOfTheSources() {
    Segmented a = article("a", "Ana Silva met Rui Costa.\n");
    Segmented b = article("b", "Costa thanked Silva.\n");
    Resolution one = EntityResolver.resolve(List.of(a, b), List.of(), Aliases.NONE);
    Resolution two = EntityResolver.resolve(List.of(b, a), List.of(), Aliases.NONE);
    assertThat(two.entities()).isEqualTo(one.entities());
    assertThat(one.entities()).extracting(Entity::id).containsExactly("person:ana-silva", "person:rui-costa");
  }

  @Test
  void aTitleRefersToNobodyWhenTheSourceNamesTwoHolders() {
    Segmented a = article("a", "Mayor Ana Silva met Mayor Rui Costa. The mayor said little.\n");
    Resolution r = EntityResolver.resolve(List.of(a),
        List.of(role("a", "Ana Silva", "mayor"), role("a", "Rui Costa", "mayor")), Aliases.NONE);
    assertThat(r.entities()).allSatisfy(e -> assertThat(e.aliases()).doesNotContain("The mayor"));
  }
}
