package dev.crosscheck.normalise.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import dev.crosscheck.model.ReferenceDate;
import dev.crosscheck.normalise.Expression;
import dev.crosscheck.normalise.ExpressionType;
import dev.crosscheck.normalise.Normaliser;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Duckling's English corpus mapped to our conventions. Each input is a whole expression; Duckling reads
 * it as an assistant would, looking forward, so we read it inside a future sentence ("We will meet …").
 */
final class DucklingSuites {
  private static final String DIR = "duckling/";
  private static final String FUTURE_FRAME = "We will meet ";
  private static final Set<String> DATE_GRAINS = Set.of("day", "week", "month", "quarter", "year");

  private DucklingSuites() {}

  static Tally time() {
    Tally tally = new Tally("duckling time.jsonl");
    for (JsonNode c : Specs.lines(DIR + "time.jsonl")) {
      JsonNode expected = c.path("expected");
      String input = c.path("input").asText();
      boolean negative = expected.isNull();
      if (!negative && (c.path("with_latent").asBoolean() || expected.has("holiday")
          || !"value".equals(expected.path("type").asText()) || !DATE_GRAINS.contains(expected.path("grain").asText())
          || !expected.path("value").asText().matches("\\d{4}-.*"))) {
        tally.outOfScope();
        continue;
      }
      ReferenceDate reference = ReferenceDate.of(LocalDate.parse(c.path("reference_time").asText().substring(0, 10)));
      List<Expression> ours = Normaliser.find(FUTURE_FRAME + input, reference).stream()
          .filter(e -> e.type().isTemporal()).toList();
      if (negative) {
        tally.record(ours.isEmpty(), input, "expected nothing; found " + ours);
        continue;
      }
      String want = timex(LocalDate.parse(expected.path("value").asText().substring(0, 10)), expected.path("grain").asText());
      boolean pass = ours.size() == 1 && Specs.sameSpan(ours.get(0), input) && agrees(ours.get(0), want);
      tally.record(pass, input, "want " + want + "; found " + ours.stream().map(e -> e.text() + "=" + e.value()).toList());
    }
    return tally;
  }

  /**
   * Equal values agree; so does our coarser grain for a count of units from the reference ("three months
   * ago" is our month 2012-11, their day 2012-11-12), as for Recognizers-Text.
   */
  private static boolean agrees(Expression ours, String want) {
    String rule = ours.trace().rule();
    boolean counted = rule.startsWith("ago-") || rule.startsWith("from-now-") || rule.startsWith("in-")
        || rule.startsWith("offset-");
    return ours.value().equals(want) || counted && want.startsWith(ours.value() + "-");
  }

  /** Duckling gives the first instant and a grain; TIMEX3 writes the grain into the value. */
  static String timex(LocalDate first, String grain) {
    return switch (grain) {
      case "year" -> String.format(Locale.ROOT, "%04d", first.getYear());
      case "quarter" -> first.getYear() + "-Q" + first.get(IsoFields.QUARTER_OF_YEAR);
      case "month" -> first.toString().substring(0, 7);
      case "week" -> String.format(Locale.ROOT, "%04d-W%02d", first.get(IsoFields.WEEK_BASED_YEAR),
          first.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
      default -> first.toString();
    };
  }

  static Tally money() {
    Tally tally = new Tally("duckling amount-of-money.jsonl");
    for (JsonNode c : Specs.lines(DIR + "amount-of-money.jsonl")) {
      JsonNode expected = c.path("expected");
      String input = c.path("input").asText();
      List<Expression> ours = Normaliser.find(input, null).stream().filter(e -> e.type() == ExpressionType.MONEY).toList();
      if (expected.isNull()) {
        tally.record(ours.isEmpty(), input, "expected nothing; found " + ours);
        continue;
      }
      String unit = expected.path("unit").asText();
      if (c.path("with_latent").asBoolean() || !Currencies.supported(unit)
          || !"value".equals(expected.path("type").asText())) {
        tally.outOfScope();
        continue;
      }
      BigDecimal want = new BigDecimal(expected.path("value").asText());
      boolean pass = ours.size() == 1 && Specs.sameSpan(ours.get(0), input)
          && new BigDecimal(ours.get(0).value()).compareTo(want) == 0 && Currencies.agree(ours.get(0), unit);
      tally.record(pass, input, "want " + want + " " + unit + "; found "
          + ours.stream().map(e -> e.text() + "=" + e.value() + " " + e.unit() + "/" + e.currency()).toList());
    }
    return tally;
  }

  /** Fractions are out of scope as in Recognizers-Text (docs/normalisation.md); "1/5" is as often a date. */
  private static final java.util.regex.Pattern FRACTION = java.util.regex.Pattern.compile("\\d\\s*/\\s*\\d");
  /** Vague counts ("a few", "a couple") are left out on purpose: they state no number to check. */
  private static final java.util.regex.Pattern VAGUE_COUNT =
      java.util.regex.Pattern.compile("(?i)\\b(?:few|couple|pair|single)\\b");

  static Tally numeral() {
    Tally tally = new Tally("duckling numeral.jsonl");
    for (JsonNode c : Specs.lines(DIR + "numeral.jsonl")) {
      String input = c.path("input").asText();
      if (FRACTION.matcher(input).find() || VAGUE_COUNT.matcher(input).find()) {
        tally.outOfScope();
        continue;
      }
      BigDecimal want = new BigDecimal(c.path("expected").path("value").asText());
      List<Expression> ours = Normaliser.find(input, null).stream()
          .filter(e -> e.type() == ExpressionType.NUMBER).toList();
      boolean pass = ours.stream().anyMatch(e -> Specs.sameSpan(e, input) && new BigDecimal(e.value()).compareTo(want) == 0);
      tally.record(pass, input, "want " + want + "; found " + ours.stream().map(e -> e.text() + "=" + e.value()).toList());
    }
    return tally;
  }
}
