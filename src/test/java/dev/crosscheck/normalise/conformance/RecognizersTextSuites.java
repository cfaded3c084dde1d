package dev.crosscheck.normalise.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import dev.crosscheck.model.ReferenceDate;
import dev.crosscheck.normalise.DateInterval;
import dev.crosscheck.normalise.Expression;
import dev.crosscheck.normalise.ExpressionType;
import dev.crosscheck.normalise.Normaliser;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Recognizers-Text specs mapped to our conventions (docs/normalisation.md, "Conformance"). A case passes
 * when every expected result is found with the same span and an agreeing value.
 */
final class RecognizersTextSuites {
  private static final String DIR = "recognizers-text/";
  private static final Pattern HOLIDAY = Pattern.compile("(?i)christmas|thanksgiving|easter|halloween|new year|"
      + "valentine|independence day|mother'?s day|father'?s day|labou?r day|memorial day|martin luther|columbus|"
      + "veterans|yuandan|boxing day|all saints|st\\.? patrick|black friday|cyber monday|tax day|inauguration|"
      + "christmas eve|new year'?s eve|earth day|groundhog|juneteenth|election day|\\bday of\\b");

  /** Marks a resolution that is a range, "range:2018-04-09/2018-04-16", among single resolved values. */
  private static final String RANGE = "range:";

  private RecognizersTextSuites() {}

  /** DateParser.json and DatePeriodParser.json share one format (Type/Value/Start/Length). */
  static Tally parser(String file) {
    Tally tally = new Tally("recognizers-text " + file);
    for (JsonNode c : Specs.array(DIR + file)) {
      String input = c.path("Input").asText();
      String scope = dateScope(c, r -> r.path("Value").path("Timex").asText(), r -> r.path("Type").asText());
      if (scope != null) {
        tally.outOfScope();
        continue;
      }
      List<Expression> ours = temporal(input, reference(c));
      List<String> misses = new ArrayList<>();
      for (JsonNode r : c.path("Results")) {
        Set<String> resolved = new HashSet<>();
        for (String side : List.of("FutureResolution", "PastResolution")) {
          JsonNode res = r.path("Value").path(side);
          res.fields().forEachRemaining(f -> resolved.add(f.getValue().asText()));
          if (res.has("startDate") && res.has("endDate")) {
            resolved.add(RANGE + res.get("startDate").asText() + "/" + res.get("endDate").asText());
          }
        }
        if (!matched(ours, r.path("Text").asText(), r.path("Value").path("Timex").asText(), resolved)) {
          misses.add(r.path("Text").asText() + "=" + r.path("Value").path("Timex").asText());
        }
      }
      record(tally, c, input, ours, misses);
    }
    return tally;
  }

  static Tally dateTimeModel() {
    Tally tally = new Tally("recognizers-text DateTimeModel.json");
    for (JsonNode c : Specs.array(DIR + "DateTimeModel.json")) {
      String input = c.path("Input").asText();
      String scope = dateScope(c, r -> timexes(r).toString(), r -> r.path("TypeName").asText());
      if (scope != null) {
        tally.outOfScope();
        continue;
      }
      List<Expression> ours = temporal(input, reference(c));
      List<String> misses = new ArrayList<>();
      for (JsonNode r : c.path("Results")) {
        Set<String> resolved = new HashSet<>();
        for (JsonNode v : r.path("Resolution").path("values")) {
          for (String key : List.of("value", "start")) {
            if (v.has(key)) {
              resolved.add(v.get(key).asText());
            }
          }
          if (v.has("start") && v.has("end")) {
            resolved.add(RANGE + v.get("start").asText() + "/" + v.get("end").asText());
          }
        }
        boolean any = timexes(r).stream().anyMatch(t -> matched(ours, r.path("Text").asText(), t, resolved));
        if (!any) {
          misses.add(r.path("Text").asText() + "=" + timexes(r));
        }
      }
      record(tally, c, input, ours, misses);
    }
    return tally;
  }

  private static List<String> timexes(JsonNode result) {
    List<String> out = new ArrayList<>();
    for (JsonNode v : result.path("Resolution").path("values")) {
      out.add(v.path("timex").asText());
    }
    return out;
  }

  /** Why a date case is out of scope, or null when it is in scope. */
  private static String dateScope(JsonNode c, java.util.function.Function<JsonNode, String> timex,
      java.util.function.Function<JsonNode, String> type) {
    if (!c.path("Context").has("ReferenceDateTime")) {
      return "no reference (the spec means the clock)";
    }
    if (HOLIDAY.matcher(c.path("Input").asText()).find()) {
      return "holiday";
    }
    for (JsonNode r : c.path("Results")) {
      String t = timex.apply(r);
      String ty = type.apply(r).toLowerCase(Locale.ROOT);
      if (t.contains("T") || ty.contains("time") && !ty.endsWith("datetimev2.date") && !ty.endsWith("daterange")
          && !ty.endsWith("duration")) {
        return "clock time";
      }
      if (ty.contains("set")) {
        return "recurring set";
      }
      if (c.path("Input").asText().toLowerCase(Locale.ROOT).contains("business day")) {
        return "business days";
      }
    }
    return null;
  }

  /**
   * Our value agrees with theirs when equal, or when their TIMEX leaves the year open (XXXX) and ours is
   * one of their past/future resolutions, or when ours is the coarser grain we give "N years ago".
   */
  static boolean matched(List<Expression> ours, String text, String timex, Set<String> resolved) {
    for (Expression e : ours) {
      if (!Specs.sameSpan(e, text)) {
        continue;
      }
      String v = e.value();
      if (v.equals(timex) || timex.contains("X") && resolved.contains(v)) {
        return true;
      }
      if (timex.startsWith("XXXX") && v.length() >= 4 && timex.replace("XXXX", v.substring(0, 4)).equals(v)
          && resolved.stream().anyMatch(r -> r.startsWith(v.substring(0, 4)))) {
        return true;
      }
      if (sameOpenRange(v, timex, resolved) || sameOpenRange(asRange(e, timex), timex, resolved) || sameRange(e, timex) || dayNamingARange(e, timex, resolved)) {
        return true;
      }
      String rule = e.trace().rule();
      if ((rule.startsWith("ago-") || rule.startsWith("from-now-") || rule.startsWith("in-") || rule.startsWith("offset-"))
          && !timex.contains("X") && timex.startsWith(v + "-")) {
        return true;
      }
    }
    return false;
  }

  /**
   * "the week of April 10th": they write the day ("XXXX-04-10") and resolve it to the week that holds it
   * ("2018-04-09" to "2018-04-16"); ours is that week ("2018-W15"). Ours agrees when its interval is
   * exactly one of their resolved ranges.
   */
  private static boolean dayNamingARange(Expression e, String timex, Set<String> resolved) {
    return timex.matches("[X\\d]{4}-[X\\d]{2}-\\d\\d") && e.interval() instanceof DateInterval d
        && d.start() != null && d.end() != null && resolved.contains(RANGE + d.start() + "/" + d.end());
  }

  /** Our interval written as their range, with their duration: "Q3" (our `2017-Q3`) as "(2017-07-01,2017-10-01,P3M)". */
  private static String asRange(Expression e, String timex) {
    if (!(e.interval() instanceof DateInterval d) || d.start() == null || d.end() == null || !timex.startsWith("(")) {
      return "";
    }
    return "(" + d.start() + "," + d.end() + "," + timex.substring(timex.lastIndexOf(',') + 1);
  }

  /**
   * Their range with an open year "(XXXX-11-19,XXXX-11-20,P1D)" agrees with ours when ours fills the
   * year in and its start is one of their past/future resolutions, as for single dates; ours is our value
   * or our interval written in their form ("Q3", our `2017-Q3`, is [2017-07-01, 2017-10-01)).
   */
  private static boolean sameOpenRange(String ours, String timex, Set<String> resolved) {
    if (!timex.startsWith("(") || !timex.contains("XXXX") || !ours.startsWith("(") || ours.length() < 11) {
      return false;
    }
    String shape = timex.replace("(", "\\(").replace(")", "\\)").replace("XXXX", "\\d{4}");
    return ours.matches(shape) && resolved.contains(ours.substring(1, 11));
  }

  /**
   * Their "(1970-01-01,1980-01-01,P10Y)" is our "197" when our interval is the same [start, end). Two of
   * their ways of writing a range are mapped: a decade with its century left open ("(XX70-01-01,XX80-01-01,
   * P10Y)" for "the 70s") agrees when our interval is that decade in some century; and a range they count
   * with its last day included ("rest of the month", "(2016-11-07,2016-11-30,P24D)") agrees when our
   * interval runs from their start through their end day, and is that many days long.
   */
  private static boolean sameRange(Expression e, String timex) {
    if (!timex.startsWith("(") || timex.contains("XXXX") || !(e.interval() instanceof DateInterval d)
        || d.start() == null || d.end() == null) {
      return false;
    }
    String[] parts = timex.substring(1, timex.length() - 1).split(",");
    if (parts.length != 3) {
      return false;
    }
    if (parts[0].startsWith("XX")) {
      return d.start().toString().matches(parts[0].replace("XX", "\\d\\d"))
          && d.end().toString().matches(parts[1].replace("XX", "\\d\\d"))
          && d.start().plusYears(10).equals(d.end()) && "P10Y".equals(parts[2]);
    }
    if (d.start().toString().equals(parts[0]) && d.end().toString().equals(parts[1])) {
      return true;
    }
    return parts[2].matches("P\\d+D") && d.start().toString().equals(parts[0])
        && d.end().minusDays(1).toString().equals(parts[1])
        && java.time.temporal.ChronoUnit.DAYS.between(d.start(), d.end())
            == Long.parseLong(parts[2].substring(1, parts[2].length() - 1));
  }

  private static void record(Tally tally, JsonNode c, String input, List<Expression> ours, List<String> misses) {
    boolean negative = c.path("Results").isEmpty();
    boolean pass = negative ? ours.isEmpty() : misses.isEmpty();
    tally.record(pass, input, (negative ? "expected nothing" : "missed " + misses) + "; found "
        + ours.stream().map(e -> e.text() + "=" + e.value()).toList());
  }

  private static List<Expression> temporal(String input, ReferenceDate reference) {
    return Normaliser.find(input, reference).stream().filter(e -> e.type().isTemporal()).toList();
  }

  private static ReferenceDate reference(JsonNode c) {
    return ReferenceDate.of(LocalDate.parse(c.path("Context").path("ReferenceDateTime").asText().substring(0, 10)));
  }

  static Tally percent() {
    return quantities("PercentModel.json", ExpressionType.PERCENT, r -> !"null".equals(r.path("Resolution").path("value").asText()),
        (e, r) -> (plain(e.value()) + "%").equals(r.path("Resolution").path("value").asText())
            && "percent".equals(e.unit()));
  }

  static Tally number() {
    return quantities("NumberModel.json", ExpressionType.NUMBER,
        r -> !Set.of("fraction", "power").contains(r.path("Resolution").path("subtype").asText()),
        (e, r) -> new BigDecimal(e.value()).compareTo(new BigDecimal(r.path("Resolution").path("value").asText())) == 0
            && (e.type() == ExpressionType.NUMBER || containsTheirNumber(e, r.path("Text").asText())));
  }

  /**
   * Their NumberModel reads the number inside "$20"; ours reports it once, as the amount of money it is.
   * That amount agrees when its text holds their number and its value is theirs.
   */
  private static boolean containsTheirNumber(Expression money, String theirs) {
    return money.type() == ExpressionType.MONEY && Specs.bare(money.text()).contains(Specs.bare(theirs));
  }

  static Tally currency() {
    return quantities("CurrencyModel.json", ExpressionType.MONEY,
        r -> Currencies.supported(r.path("Resolution").path("unit").asText())
            && r.path("Resolution").path("value").isTextual(),
        (e, r) -> new BigDecimal(e.value()).compareTo(new BigDecimal(r.path("Resolution").path("value").asText())) == 0
            && Currencies.agree(e, r.path("Resolution").path("unit").asText()));
  }

  /** A quantity case is in scope when every expected result is; it passes when each is found and agrees. */
  private static Tally quantities(String file, ExpressionType type, Predicate<JsonNode> inScope,
      java.util.function.BiPredicate<Expression, JsonNode> agrees) {
    Tally tally = new Tally("recognizers-text " + file);
    for (JsonNode c : Specs.array(DIR + file)) {
      String input = c.path("Input").asText();
      boolean scoped = true;
      for (JsonNode r : c.path("Results")) {
        scoped &= inScope.test(r);
      }
      if (!scoped) {
        tally.outOfScope();
        continue;
      }
      List<Expression> ours = Normaliser.find(input, null).stream()
          .filter(e -> e.type() == type || type == ExpressionType.NUMBER && e.type() == ExpressionType.MONEY).toList();
      List<String> misses = new ArrayList<>();
      for (JsonNode r : c.path("Results")) {
        boolean hit = ours.stream().anyMatch(e -> (e.type() != type || Specs.sameSpan(e, r.path("Text").asText()))
            && agrees.test(e, r));
        if (!hit) {
          misses.add(r.path("Text").asText() + "=" + r.path("Resolution"));
        }
      }
      record(tally, c, input, ours, misses);
    }
    return tally;
  }

  private static String plain(String value) {
    return new BigDecimal(value).stripTrailingZeros().toPlainString();
  }
}
