package dev.crosscheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.model.Claim;
import java.util.List;
import org.junit.jupiter.api.Test;

class RoleClaimsTest {
  private static List<Claim> roles(String text) {
    return ExtractionFixture.extract(new RoleClaims(), text);
  }

  @Test
  void readsOfficeStatusAndJurisdictionFromATitleBeforeAName() {
    Claim c = roles("Tensions come from statements by now-former U.S. President Donald Trump.").get(0);
    assertThat(c.subject()).isEqualTo("Donald Trump");
    assertThat(c.slot()).isEqualTo("president");
    assertThat(c.value()).isEqualTo("former");
    assertThat(c.attribute("jurisdiction")).isEqualTo("United States");
    assertThat(c.attribute("modifiers")).isEqualTo("now-former");
    assertThat(c.attribute("mention")).isEqualTo("now-former U.S. President Donald Trump");
    assertThat(c.evidence().text()).isEqualTo("Tensions come from statements by now-former U.S. President Donald Trump.");
  }

  @Test
  void aMiddleInitialIsPartOfTheName() {
    // "George W" was a person of its own, so his claims never met those about George W. Bush
    assertThat(roles("It reverses former president George W. Bush's legacy. Former President Richard M. Nixon resigned. "
        + "President George H. W. Bush spoke."))
        .extracting(Claim::subject)
        .containsExactly("George W. Bush", "Richard M. Nixon", "George");
  }

  @Test
  void aTitleBeforeAnOccupationIsPartOfALongerTitle() {
    // "General Manager A. J. Smith" is no general; "General David Petraeus" is
    assertThat(roles("General Manager A. J. Smith said so. General David Petraeus agreed."))
        .extracting(Claim::subject, Claim::slot)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("David Petraeus", "general"));
  }

  @Test
  void aRankBetweenATitleAndTheNameIsPeeledOff() {
    Claim c = roles("Police spokesman Constable Tim Fanning said the man left.").get(0);
    assertThat(c.subject()).isEqualTo("Tim Fanning");
    assertThat(c.slot()).isEqualTo("spokesperson");
    assertThat(c.attribute("mention")).isEqualTo("spokesman Constable Tim Fanning");
  }

  @Test
  void currentUnlessTheTitleSaysOtherwise() {
    assertThat(roles("Newly elected Canadian Prime Minister Mark Carney spoke. Former PM Trudeau listened. "
        + "Ex-Chancellor Olaf Scholz and the late King Hussein were absent."))
        .extracting(Claim::subject, Claim::slot, Claim::value)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Mark Carney", "prime minister", "current"),
            org.assertj.core.groups.Tuple.tuple("Trudeau", "prime minister", "former"),
            org.assertj.core.groups.Tuple.tuple("Olaf Scholz", "chancellor", "former"),
            org.assertj.core.groups.Tuple.tuple("Hussein", "king", "former"));
  }

  @Test
  void theTitleWordsStatusIsKeptBesideTheComparedOne() {
    assertThat(roles("Newly elected Canadian Prime Minister Mark Carney met outgoing Mayor Ana Silva, acting Governor "
        + "Rui Costa and now-former U.S. President Donald Trump."))
        .extracting(Claim::value, c -> c.attribute("status"))
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("current", "newly elected"),
            org.assertj.core.groups.Tuple.tuple("current", "outgoing"),
            org.assertj.core.groups.Tuple.tuple("current", "acting"),
            org.assertj.core.groups.Tuple.tuple("former", "now-former"));
  }

  @Test
  void aTitleEndedByTheActTheSentenceReportsSaysNothingAboutToday() {
    assertThat(roles("A year ago, the Sixers fired president Billy King and hired Ed Stefanski.")).isEmpty();
    assertThat(roles("Carney replaced Prime Minister Justin Trudeau in March.")).isEmpty();
    assertThat(roles("Carney met Prime Minister Justin Trudeau in March.")).hasSize(1);
  }

  @Test
  void aPartyLeaderNamesTheParty() {
    assertThat(roles("Conservative leader Pierre Poilievre campaigned.")).singleElement()
        .extracting(Claim::slot).isEqualTo("conservative leader");
  }

  @Test
  void noClaimWithoutANameOrForThePast() {
    assertThat(roles("The Prime Minister’s Office said nothing. The newly elected PM will meet Trump. "
        + "Then-President Barack Obama signed it. The president said so.")).isEmpty();
  }

  @Test
  void aPossessiveEndsTheName() {
    assertThat(roles("It does not affect President Trump’s plan.")).singleElement()
        .extracting(Claim::subject).isEqualTo("Trump");
  }

  @Test
  void aTitleInsideAQuotationIsTheSpeakersVoice() {
    assertThat(roles("She said, “President Trump is right about this.”")).singleElement()
        .extracting(c -> c.attribute("voice")).isEqualTo("quoted");
  }
}
