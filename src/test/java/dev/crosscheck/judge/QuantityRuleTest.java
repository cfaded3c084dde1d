package dev.crosscheck.judge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.align.Aligner;
import dev.crosscheck.model.Claim;
import dev.crosscheck.model.Evidence;
import dev.crosscheck.model.Finding;
import dev.crosscheck.model.FindingKind;
import dev.crosscheck.model.Severity;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QuantityRuleTest {
  /** A quantity claim as the extractor writes it: bounds, unit and the rest only as strings. */
  private static Claim quantity(String source, String slot, String stated, String lo, String hi, String unit,
      String... more) {
    Map<String, String> a = new HashMap<>();
    if (!lo.isEmpty()) {
      a.put("lo", lo);
      a.put("lo-closed", "true");
    }
    if (!hi.isEmpty()) {
      a.put("hi", hi);
      a.put("hi-closed", "true");
    }
    a.put("unit", unit);
    a.put("stated", stated);
    for (int i = 0; i < more.length; i += 2) {
      a.put(more[i], more[i + 1]);
    }
    String value = (lo.equals(hi) ? lo : "[" + lo + ", " + hi + "]") + " " + unit + " " + a.getOrDefault("currency", "");
    String sentence = "A sentence stating " + stated + ".";
    return new Claim("quantity-" + source + stated, "quantity", source, new Evidence(source, 0, sentence.length(), sentence),
        "Trump", "person:donald-trump", slot, value.strip(), a);
  }

  private static List<Finding> judge(Claim... claims) {
    return Judge.judge(Aligner.align(List.of(claims)));
  }

  @Test
  void theSameRateInTwoSourcesAgrees() {
    assertThat(judge(quantity("a", "tariff rate [cars]", "25%", "25", "25", "percent"),
        quantity("b", "tariff rate [cars]", "25 per cent", "25", "25", "percent")))
        .singleElement().satisfies(f -> {
          assertThat(f.kind()).isEqualTo(FindingKind.AGREEMENT);
          assertThat(f.rule()).isEqualTo("quantity-value");
          assertThat(f.values()).containsExactly("25 percent");
          assertThat(f.summary()).contains("2 sources agree").contains("“25%”").contains("“25 per cent”");
        });
  }

  @Test
  void anOpenBoundAgreesWithAValueInsideIt() {
    Finding f = judge(quantity("a", "share of gdp", "over 20%", "20", "", "percent", "lo-closed", "false"),
        quantity("b", "share of gdp", "21 per cent", "21", "21", "percent")).get(0);
    assertThat(f.kind()).isEqualTo(FindingKind.AGREEMENT);
    assertThat(judge(quantity("a", "share of gdp", "over 20%", "20", "", "percent", "lo-closed", "false"),
        quantity("b", "share of gdp", "20 per cent", "20", "20", "percent")))
        .singleElement().extracting(Finding::kind).isEqualTo(FindingKind.CONTRADICTION); // "over 20" excludes 20
  }

  @Test
  void disjointValuesContradictWithSeverityByDistance() {
    Finding far = judge(quantity("a", "tariff rate [steel]", "25%", "25", "25", "percent"),
        quantity("b", "tariff rate [steel]", "10%", "10", "10", "percent")).get(0);
    assertThat(far.kind()).isEqualTo(FindingKind.CONTRADICTION);
    assertThat(far.severity()).isEqualTo(Severity.HIGH);
    assertThat(far.values()).containsExactly("10 percent", "25 percent");
    assertThat(far.summary()).contains("“10%”").contains("“25%”").contains(" in a").contains(" in b");
    Finding near = judge(quantity("a", "tariff rate [steel]", "25%", "25", "25", "percent"),
        quantity("b", "tariff rate [steel]", "24%", "24", "24", "percent")).get(0);
    assertThat(near.severity()).isEqualTo(Severity.LOW);
    assertThat(near.confidence()).isGreaterThan(0.7);
  }

  @Test
  void approximateValuesOverlapOrContradictWithLessConfidence() {
    assertThat(judge(quantity("a", "trade surplus", "about $60 billion", "54", "66", "dollar", "bound", "about"),
        quantity("b", "trade surplus", "$63 billion", "63", "63", "dollar")))
        .singleElement().satisfies(f -> {
          assertThat(f.kind()).isEqualTo(FindingKind.AGREEMENT);
          assertThat(f.confidence()).isLessThan(0.85);
        });
    Finding clash = judge(quantity("a", "trade surplus", "about $60 billion", "54", "66", "dollar", "bound", "about"),
        quantity("b", "trade surplus", "$90 billion", "90", "90", "dollar")).get(0);
    assertThat(clash.kind()).isEqualTo(FindingKind.CONTRADICTION);
    assertThat(clash.confidence()).isLessThanOrEqualTo(0.6);
  }

  @Test
  void aSourceContradictingItselfIsAFinding() {
    assertThat(judge(quantity("a", "count of people killed", "12", "12", "12", ""),
        quantity("a", "count of people killed", "15", "15", "15", "")))
        .singleElement().extracting(Finding::kind).isEqualTo(FindingKind.CONTRADICTION);
  }

  @Test
  void differentUnitsAndCurrenciesAreNotCompared() {
    assertThat(judge(quantity("a", "trade surplus", "$60 billion", "60", "60", "dollar", "currency", "USD"),
        quantity("b", "trade surplus", "C$60 billion", "60", "60", "dollar", "currency", "CAD"),
        quantity("c", "trade surplus", "€45 billion", "45", "45", "euro", "currency", "EUR"))).isEmpty();
  }

  @Test
  void differentMeasuresAndTargetsDoNotAlign() {
    assertThat(judge(quantity("a", "share of exports [united states]", "75%", "75", "75", "percent"),
        quantity("b", "share of gdp via exports [united states]", "over 20 per cent", "20", "", "percent"))).isEmpty();
    assertThat(judge(quantity("a", "tariff rate [steel]", "25%", "25", "25", "percent"),
        quantity("a", "tariff rate [films]", "100%", "100", "100", "percent"))).isEmpty();
  }

  @Test
  void hedgedOrPlannedValuesNeverContradict() {
    for (String modality : List.of("hedged", "planned", "expected", "negated", "question")) {
      assertThat(judge(quantity("a", "tariff rate [films]", "100%", "100", "100", "percent", "modality", modality),
          quantity("b", "tariff rate [films]", "50%", "50", "50", "percent"))).as(modality).isEmpty();
    }
  }

  @Test
  void tariffsDatedApartMayBeAChangeNotAContradiction() {
    assertThat(judge(quantity("a", "tariff rate [steel]", "25%", "25", "25", "percent", "date", "2025-03"),
        quantity("b", "tariff rate [steel]", "50%", "50", "50", "percent", "date", "2025-06"))).isEmpty();
    Finding oneDated = judge(quantity("a", "tariff rate [steel]", "25%", "25", "25", "percent", "date", "2025-03"),
        quantity("b", "tariff rate [steel]", "50%", "50", "50", "percent")).get(0);
    assertThat(oneDated.kind()).isEqualTo(FindingKind.CONTRADICTION);
    assertThat(oneDated.confidence()).isLessThan(0.8);
  }

  @Test
  void goodsOfDifferentOriginsAreNotComparedButTheUnstatedOneAgreesWithEither() {
    assertThat(judge(quantity("a", "tariff rate [goods]", "145%", "145", "145", "percent", "origin", "china"),
        quantity("b", "tariff rate [goods]", "25%", "25", "25", "percent", "origin", "mexico"))).isEmpty();
    assertThat(judge(quantity("a", "tariff rate [cars]", "25%", "25", "25", "percent", "origin", "canada"),
        quantity("b", "tariff rate [cars]", "25%", "25", "25", "percent")))
        .singleElement().extracting(Finding::kind).isEqualTo(FindingKind.AGREEMENT);
    assertThat(judge(quantity("a", "tariff rate [cars]", "25%", "25", "25", "percent", "origin", "canada"),
        quantity("b", "tariff rate [cars]", "10%", "10", "10", "percent"))).isEmpty(); // all cars vs Canadian cars
  }

  @Test
  void largeRoundFiguresAreReadAsRoundedAndNearlyDoesNotExcludeItsNumber() {
    Claim eighty = quantity("a", "contract", "$80 million", "80000000", "80000000", "dollar");
    Claim nearlyEighty = quantity("c", "contract", "nearly $80 million", "72000000", "80000000", "dollar", "bound",
        "nearly", "hi-closed", "false");
    assertThat(judge(eighty, quantity("b", "contract", "$82 million", "82000000", "82000000", "dollar")))
        .singleElement().extracting(Finding::kind).isEqualTo(FindingKind.AGREEMENT);
    assertThat(judge(eighty, nearlyEighty)).singleElement().extracting(Finding::kind).isEqualTo(FindingKind.AGREEMENT);
    assertThat(judge(eighty, nearlyEighty, quantity("b", "contract", "$82 million", "82000000", "82000000", "dollar")))
        .singleElement().satisfies(f -> {
          assertThat(f.kind()).isEqualTo(FindingKind.CONTRADICTION); // 82 is not "nearly 80"; 80 agrees with both
          assertThat(f.sources()).containsExactly("b", "c");
          assertThat(f.severity()).isEqualTo(Severity.LOW);
        });
    assertThat(judge(quantity("a", "contract", "$160 million", "160000000", "160000000", "dollar"),
        quantity("b", "contract", "$184 million", "184000000", "184000000", "dollar")))
        .singleElement().extracting(Finding::kind).isEqualTo(FindingKind.CONTRADICTION);
    assertThat(judge(quantity("a", "count of people killed", "10", "10", "10", ""),
        quantity("b", "count of people killed", "12", "12", "12", "")))
        .singleElement().extracting(Finding::kind).isEqualTo(FindingKind.CONTRADICTION); // small counts are exact
  }
}
