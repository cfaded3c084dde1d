package dev.crosscheck.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.crosscheck.model.Claim;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuantityClaimsTest {
  private static final LocalDate PUBLISHED = LocalDate.of(2025, 5, 6);

  private static List<Claim> quantities(String text) {
    return ExtractionFixture.extract(new QuantityClaims(), text, PUBLISHED);
  }

  @Test
  void aTariffOnTwoGoodsIsTwoClaimsOfItsImposer() {
    assertThat(quantities("In March, Trump imposed a 25% tariff on all steel and aluminum imports, hitting Canadian "
        + "industries hard."))
        .extracting(Claim::subject, Claim::slot, Claim::value, c -> c.attribute("date"))
        .containsExactly(
            tuple("Trump", "tariff rate [steel]", "25 percent", "2025-03"),
            tuple("Trump", "tariff rate [aluminum]", "25 percent", "2025-03"));
  }

  @Test
  void synonymsAndPluralsOfATargetShareOneKeyAndTheOriginIsKeptApart() {
    Claim autos = quantities("Trump’s 25 per cent tariffs on Canadian autos (effective May 3) risk a recession.").get(0);
    assertThat(autos.slot()).isEqualTo("tariff rate [cars]");
    assertThat(autos.attribute("origin")).isEqualTo("canada");
    assertThat(autos.attribute("holder-basis")).isEqualTo("possessive");
    assertThat(quantities("The White House said Trump set a 25% duty on automobiles.")).extracting(Claim::slot)
        .containsExactly("tariff rate [cars]");
    assertThat(quantities("Mexico imposed 10% tariffs on aluminium and films.")).extracting(Claim::slot)
        .containsExactly("tariff rate [aluminum]", "tariff rate [films]");
  }

  @Test
  void aTariffWithNoImposerTakesTheOneOfTheSentenceBeforeInItsParagraph() {
    assertThat(quantities("In March, Trump imposed a 25% tariff on steel. Soon after, another 25% tariff targeted "
        + "cars and parts that do not comply with the rules."))
        .extracting(Claim::subject, Claim::slot, c -> c.attribute("holder-basis"))
        .containsExactly(
            tuple("Trump", "tariff rate [steel]", "subject"),
            tuple("Trump", "tariff rate [cars]", "earlier sentence"),
            tuple("Trump", "tariff rate [auto parts]", "earlier sentence"));
    assertThat(quantities("In March, Trump imposed a 25% tariff on steel.\n\nA 10% tariff on lumber remains.")).hasSize(1);
  }

  @Test
  void aPlannedTariffSaysSoAndNamesTheOriginItExcludes() {
    Claim films = quantities("As if that weren’t enough, Trump announced plans to slap a 100% tariff on all non-U.S. "
        + "produced movies, threatening the film industry.").get(0);
    assertThat(films.slot()).isEqualTo("tariff rate [films]");
    assertThat(films.attribute("origin")).isEqualTo("not united states");
    assertThat(films.attribute("modality")).isEqualTo("planned");
  }

  @Test
  void aShareOfExportsIsCanadasAndGoesToTheUnitedStates() {
    Claim share = quantities("Carney also stressed that Canada must diversify its trade, noting that 75% of its "
        + "exports currently go to the US.").get(0);
    assertThat(share.subject()).isEqualTo("Canada");
    assertThat(share.slot()).isEqualTo("share of exports [united states]");
    assertThat(share.value()).isEqualTo("75 percent");
  }

  @Test
  void aShareOfGdpIsAnotherMeasure() {
    Claim gdp = quantities("Tariffs risk triggering a recession in Canada, which relies on the U.S. for over 20 per "
        + "cent of its GDP through exports.").get(0);
    assertThat(gdp.subject()).isEqualTo("Canada");
    assertThat(gdp.slot()).isEqualTo("share of gdp via exports [united states]");
    assertThat(gdp.value()).isEqualTo("(20, +inf) percent");
    assertThat(gdp.attribute("lo-closed")).isEqualTo("false");
    assertThat(gdp.attribute("hi")).isEmpty();
    assertThat(quantities("Exports make up 30% of Mexico’s GDP.")).extracting(Claim::subject, Claim::slot)
        .containsExactly(tuple("Mexico", "share of gdp"));
  }

  @Test
  void moneyNamesItsMeasureAndAFlowItsPeriod() {
    Claim surplus = quantities("Canada has registered a trade surplus of over $60 billion in 2024, largely due to oil.")
        .get(0);
    assertThat(surplus.subject()).isEqualTo("Canada");
    assertThat(surplus.slot()).isEqualTo("trade surplus (2024)");
    assertThat(surplus.attribute("lo")).isEqualTo("60000000000");
    assertThat(quantities("The $1.3 billion Canadian investment will enhance border security."))
        .extracting(Claim::subject, Claim::slot).containsExactly(tuple("Canadian", "investment"));
  }

  @Test
  void countsNeedWhatHappenedAndWhoseTheyAre() {
    assertThat(quantities("Hewlett-Packard will cut 24,600 jobs over three years."))
        .extracting(Claim::subject, Claim::slot, Claim::value, c -> c.attribute("modality"))
        .containsExactly(tuple("Hewlett-Packard", "count of jobs cut", "24600", "planned"));
    assertThat(quantities("HP said it would lay off 5,000 workers.")).extracting(Claim::subject, Claim::slot)
        .containsExactly(tuple("HP", "count of jobs cut"));
    assertThat(quantities("Police in Ohio arrested 14 people on Monday.")).isEmpty(); // Ohio is where, not whose
    assertThat(quantities("Ten people were killed and at least 50 injured.")).isEmpty();
    assertThat(quantities("Local official Miabek Lang said at least 12 people had been killed.")).isEmpty();
    assertThat(quantities("In 2004, a huge earthquake off Aceh triggered a tsunami that killed 230,000 people.")).isEmpty();
    assertThat(quantities("The catastrophe devastated Indian Ocean community and killed more than 230,000 people."))
        .isEmpty();
  }

  @Test
  void aDealIsTheOfferersAndItsTermIsPartOfWhatItIs() {
    assertThat(quantities("ESPN is reporting that the Nationals have offered Mark Teixeira an 8-year, $160 million "
        + "contract."))
        .extracting(Claim::subject, Claim::slot, Claim::value)
        .containsExactly(tuple("Nationals", "contract P8Y", "160000000 dollar"));
    assertThat(quantities("The source said it, and Stefanski expected more from a team that had signed free agent "
        + "Elton Brand to an $82 million deal.")).extracting(Claim::subject).containsExactly("Stefanski");
    assertThat(quantities("Last winter the Red Sox re-signed Lowell, the Most Valuable Player of the 2007 World Series, "
        + "to a three-year, $37.5 million contract.")).extracting(Claim::subject).containsExactly("Red Sox");
    assertThat(quantities("Last week at the Winter Meetings, the Washington Nationals made Teixeira an eight-year, "
        + "$160 million offer.")).extracting(Claim::subject).containsExactly("Nationals");
    assertThat(quantities("Then he struck, getting Brand to spurn his former team, the Clippers, for the Sixers’ $80 "
        + "million offer.")).extracting(Claim::subject).containsExactly("Sixers");
    assertThat(quantities("Advanced Micro Devices intends to acquire chipmaker ATI Technologies (nasdaq: ATYT) in a "
        + "$5.4 billion deal.")).extracting(Claim::subject).containsExactly("Advanced Micro Devices");
  }

  @Test
  void aNumberInsideAQuotationIsTheQuotedSpeakersClaim() {
    Claim quoted = quantities("“Mexico pays a 10% tariff on steel,” Trump said.").get(0);
    assertThat(quoted.subject()).isEqualTo("Mexico");
    assertThat(quoted.attribute("voice")).isEqualTo("quoted");
  }

  @Test
  void noClaimWhenWhatIsMeasuredOrWhoseItIsCannotBeTold() {
    assertThat(quantities("Will Trump raise tariffs on steel to 50%?")).isEmpty();
    assertThat(quantities("Turnout was 62% in the riding.")).isEmpty();
    assertThat(quantities("The S&P 500 fell 2% on Monday.")).isEmpty();
    assertThat(quantities("A 25% tariff on lumber would hurt builders.")).isEmpty();
    assertThat(quantities("Chinese goods now face a 145% tariff.")).isEmpty();
    assertThat(quantities("The Fed raised rates by 0.25 percentage points.")).isEmpty();
    assertThat(quantities("Canada imposed 25% tariffs on $30 billion of U.S. goods.")).isEmpty();
    assertThat(quantities("The two leaders spoke, one of the calls lasting 40 minutes.")).isEmpty();
    assertThat(quantities("The earthquake killed at least 12 people.")).isEmpty();
    assertThat(quantities("More than $760 billion of goods were exchanged between the two nations in 2024.")).isEmpty();
    assertThat(quantities("The EU and IMF aid was to help bring down a deficit that totalled 13.6 percent of national "
        + "economic output last year.")).isEmpty();
  }

  @Test
  void aPlaceAdjectiveBeforeTheLevyIsItsImposer() {
    assertThat(quantities("Analysts say U.S. tariffs of 10% on Chinese steel will stay.")).extracting(Claim::subject,
        Claim::slot, c -> c.attribute("origin")).containsExactly(tuple("U.S.", "tariff rate [steel]", "china"));
    assertThat(quantities("Beijing answered with a 15% levy on U.S. energy.")).extracting(Claim::subject, Claim::slot)
        .containsExactly(tuple("Beijing", "tariff rate [energy]"));
  }

  @Test
  void aTariffOnACountryIsOnItsGoods() {
    assertThat(quantities("Trump imposed a 145% tariff on China and a 25% tariff on Mexico."))
        .extracting(Claim::slot, c -> c.attribute("origin"), Claim::value)
        .containsExactly(tuple("tariff rate [goods]", "china", "145 percent"), tuple("tariff rate [goods]", "mexico", "25 percent"));
  }
}
