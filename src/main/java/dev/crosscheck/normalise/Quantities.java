package dev.crosscheck.normalise;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.stream.Stream;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Percentages, money and plain numbers as exact values: "25 per cent", "US$5m", "$1.3 billion",
 * "a dozen". Years, ordinals ("the 51st state") and numbers glued to letters ("G7") are not quantities.
 */
final class Quantities {
  private static final int FLAGS = Pattern.CASE_INSENSITIVE;
  private static final String SCALE = "(?:\\s?(?<scale>thousand|million|billion|trillion|bn|mn|tn)\\b)";
  private static final String UNIT_PERCENT = "%(?![\\w%])|per\\s?cents?\\b|percents?\\b|percentage\\spoints?\\b|percentages?\\b|pct\\b";
  private static final Gated PERCENT = Gated.of("(?<num>" + NumberWords.NUMBER
      + ")\\s?(?<unit>" + UNIT_PERCENT + ")", FLAGS, NumberWords.OPENERS)
      .near(Reach.to(Openers.words("per", "percent", "percents", "percentage", "percentages",
          "pct").or(Openers.chars("%"))).across(NumberWords.VOCABULARY).acrossDigits());
  /** "per cent of 10", as dictated; only when no number stands before it ("5 per cent of 10" is 5%). */
  private static final Gated PERCENT_OF = Gated.of("\\b(?<unit>per\\s?cents?|percents?)\\sof\\s(?<num>"
      + NumberWords.NUMBER + ")", FLAGS, Openers.words("per", "percent", "percents"));
  /** Single-letter country prefixes only in capitals and glued ("C$"); "a $5 fee" is not Australian. */
  private static final Gated MONEY_SYMBOL = Gated.of("(?<![\\w$])(?<sym>(?:(?i:usd|us|u\\.s\\.?|cad|ca|cdn|aud|au"
      + "|nz|hk)\\s?|C|A|S|c\\s)\\$|\\$|£|€|¥|₹|Rs\\.?|(?i:dollars?\\s)|(?:USD|CAD|EUR|GBP|AUD|JPY|INR|CHF|CNY|RMB)\\s?)\\s?(?<num>"
      + NumberWords.DIGITS_CORE + ")(?![\\d]|[.,]\\d)(?:" + SCALE + "|(?<short>MM|mil|[kmbKMB])\\b)?",
      Openers.words("usd", "us", "u", "cad", "ca", "cdn", "aud", "au", "nz", "hk", "c", "a", "s", "rs", "dollar",
          "dollars", "eur", "gbp", "jpy", "inr", "chf", "cny", "rmb").or(Openers.chars("$£€¥₹")))
      .near(Reach.to(Openers.EVERY_DIGIT).across("usd", "us", "u", "s", "cad", "ca", "cdn", "aud", "au", "nz", "hk", "c",
          "a", "rs", "dollar", "dollars", "eur", "gbp", "jpy", "inr", "chf", "cny", "rmb").acrossMarks("$£€¥₹"));
  /** Every MONEY_WORD match ends in one of these (glued forms included: "USdollars"). */
  private static final Openers CURRENCY_WORDS = Openers.words("dollar", "dollars", "euro", "euros", "pound", "pounds",
      "sterling", "cent", "cents", "pennies", "penny", "pence", "yen", "yuan", "renminbi", "rupee", "rupees", "franc",
      "francs", "peso", "pesos", "usd", "cad", "eur", "gbp", "aud", "jpy", "inr", "chf", "cny").or(Openers.words(
      Stream.of("us", "american", "canadian", "australian", "zealand", "kong", "singapore")
          .flatMap(c -> Stream.of(c + "dollar", c + "dollars")).toList()));
  private static final Gated MONEY_WORD = Gated.of("(?<num>" + NumberWords.NUMBER + "|\\ban?(?=\\s(?:dollar|euro|cent|penny|rupee|yuan|yen)\\b))" + SCALE
      + "?[\\s-](?<cur>(?:U\\.S\\.|US|American|Canadian|Australian|New\\sZealand|Hong\\sKong|Singapore)\\s?dollars?"
      + "|dollars?|euros?|(?:british\\s)?pounds?(?:\\ssterling)?|sterling|cents?|pennies|penny|pence|(?:japanese\\s)?yen|(?:chinese\\s)?yuan|renminbi"
      + "|rupees?|(?:swiss\\s)?francs?|pesos?"
      + "|USD|CAD|EUR|GBP|AUD|JPY|INR|CHF|CNY)\\b", FLAGS, NumberWords.OPENERS.or("a", "an"))
      .requiring(CURRENCY_WORDS);
  private static final Gated MONEY_AFTER = Gated.of("(?<![\\w.,$])(?<num>" + NumberWords.DIGITS_CORE
      + ")(?![\\d]|[.,]\\d)(?:" + SCALE + "|(?<short>[kKMB])(?=\\s?[$€£¥]))?\\s?(?<cur>(?:US|C|A)?[$€£¥¢元](?![\\w$€£¥]|\\s?\\d)|Rs\\b"
      + "|(?i:usd|eur|gbp|cad|aud|jpy|cny|rmb|inr|chf)\\b)"
      + "(?:\\s(?<scale2>million|billion|thousand|trillion)\\b)?", Openers.NUMERALS.or(Openers.DECIMAL_POINTS))
      .near(Reach.to(Openers.chars("$€£¥¢元").or("rs", "usd", "eur", "gbp", "cad", "aud", "jpy", "cny", "rmb", "inr",
          "chf", "us", "c", "a")).across("thousand", "million", "billion", "trillion", "bn", "mn", "tn", "k", "m", "b")
          .acrossDigits());
  /** "30 MUSD", "MEUR 120": M (million) or K (thousand) glued to an ISO code, as in financial reports. */
  /** "MUSD", "KEUR": a scale letter glued to an ISO code opens a money expression. */
  private static final Openers SCALED_CODES = Openers.words(Stream.of("m", "k").flatMap(s -> Stream.of("usd", "eur",
      "gbp", "aud", "cad", "jpy", "chf", "cny", "inr").map(c -> s + c)).toArray(String[]::new));
  private static final Gated MONEY_CODE_SCALED = Gated.of("(?:(?<![\\w.,])(?<num>" + NumberWords.NUMBER
      + ")\\s(?<mult>[MK])(?<cur>USD|EUR|GBP|AUD|CAD|JPY|CHF|CNY|INR)\\b|\\b(?<mult2>[MK])(?<cur2>USD|EUR|GBP|AUD|CAD|JPY|CHF|CNY|INR)"
      + "\\s(?<num2>" + NumberWords.DIGITS_CORE + ")(?![\\w]|[.,]\\d))", NumberWords.OPENERS.or(SCALED_CODES))
      .requiring(SCALED_CODES);
  // "3.5-year-old" is three and a half, never 5: a count starts where no digit or decimal point stands before it
  private static final Gated AGE = Gated.of("(?<![\\d.,])(?<num>\\d{1,3}(?:\\.\\d)?|" + NumberWords.SPELLED
      + ")[\\s-]years?[\\s-]old\\b", FLAGS, Openers.EVERY_DIGIT.or(NumberWords.SPELLED_OPENERS))
      .near(Reach.to(Openers.words("year", "years")).across(NumberWords.WORDS).across("and").acrossDigits());
  private static final Gated PLAIN = Gated.of("(?<sign>(?<![\\w.,-])-\\s?)?(?<num>" + NumberWords.NUMBER + ")", FLAGS,
      NumberWords.OPENERS.or(Openers.signs("-", ".,-")));
  /** Words before "one" that make it a pronoun ("the one you mentioned"), not a count. */
  private static final Pattern PRONOUN_ONE = Pattern.compile("(?i)\\b(?:the|this|that|which|each|every|any|no|another"
      + "|same|only|other|right|wrong|little|such|last|first|next)\\s\\z");

  private static final Pattern OPEN_BRACKET = Pattern.compile("\\s?\\(");

  private Quantities() {}

  static List<Expression> find(String text) {
    return find(new Passage(text, null));
  }

  static List<Expression> find(Passage passage) {
    String text = passage.text();
    List<Expression> atoms = new ArrayList<>();
    percents(passage, atoms);
    moneyBySymbol(passage, atoms);
    moneyByWord(passage, atoms);
    moneySymbolAfter(passage, atoms);
    moneyCodeScaled(passage, atoms);
    atoms.addAll(MoneyCents.join(text, atoms));
    ages(passage, atoms);
    plain(passage, atoms);
    return Approximators.apply(text, restated(text, Overlaps.longestFirst(atoms)));
  }

  /** "forty-five (45)", "45 (forty-five)": a number restated in brackets is one number, as in contracts. */
  private static List<Expression> restated(String text, List<Expression> sorted) {
    List<Expression> out = new ArrayList<>(sorted.size());
    for (int i = 0; i < sorted.size(); i++) {
      Expression a = sorted.get(i);
      if (i + 1 < sorted.size()) {
        Expression b = sorted.get(i + 1);
        boolean bracketed = OPEN_BRACKET.matcher(text.substring(a.end(), b.start())).matches() && b.end() < text.length()
            && text.charAt(b.end()) == ')';
        if (bracketed && a.type() == ExpressionType.NUMBER && b.type() == ExpressionType.NUMBER && a.unit() == null
            && b.unit() == null && new BigDecimal(a.value()).compareTo(new BigDecimal(b.value())) == 0) {
          out.add(new Expression(text.substring(a.start(), b.end() + 1), a.start(), b.end() + 1, a.type(), a.value(),
              a.interval(), null, null, Trace.of("number-restated")));
          i++;
          continue;
        }
      }
      out.add(a);
    }
    return out;
  }

  private static void percents(Passage passage, List<Expression> atoms) {
    String text = passage.text();
    for (Matcher m : PERCENT.in(passage)) {
      NumberWords.Found n = NumberWords.last(text, m.start("num"), m.end("num"));
      if (n != null) {
        atoms.add(percent(text, n.start(), m.end(), n.value(), m.group("unit")));
      }
    }
    for (Matcher of : PERCENT_OF.in(passage)) {
      NumberWords.Found n = NumberWords.split(text, of.start("num"), of.end("num")).stream().findFirst().orElse(null);
      boolean numberBefore = text.substring(Math.max(0, of.start() - 24), of.start()).matches("(?is).*(?:\\d|"
          + NumberWords.WORD + ")\\s?\\z");
      if (n != null && n.start() == of.start("num") && !numberBefore) {
        atoms.add(percent(text, of.start(), n.end(), n.value(), of.group("unit")));
      }
    }
  }

  private static Expression percent(String text, int start, int end, BigDecimal v, String unit) {
    boolean points = unit.toLowerCase(Locale.ROOT).contains("point");
    return exact(text, start, end, ExpressionType.PERCENT, v, points ? "percentage-point" : "percent", null,
        points ? "percentage-point" : "percent");
  }

  private static void moneyBySymbol(Passage passage, List<Expression> atoms) {
    String text = passage.text();
    for (Matcher m : MONEY_SYMBOL.in(passage)) {
      BigDecimal v = NumberWords.value(m.group("num"));
      if (v == null) {
        continue;
      }
      v = v.multiply(scale(m.group("scale") != null ? m.group("scale") : m.group("short")));
      Currency c = Currency.of(m.group("sym"));
      atoms.add(exact(text, m.start(), m.end(), ExpressionType.MONEY, v, c.unit(), c.iso(), c.rule()));
    }
  }

  private static void moneyByWord(Passage passage, List<Expression> atoms) {
    String text = passage.text();
    for (Matcher m : MONEY_WORD.in(passage)) {
      String num = m.group("num");
      NumberWords.Found n = num.equalsIgnoreCase("a") || num.equalsIgnoreCase("an")
          ? new NumberWords.Found(m.start("num"), m.end("num"), BigDecimal.ONE, true)
          : NumberWords.last(text, m.start("num"), m.end("num"));
      if (n == null) {
        continue;
      }
      BigDecimal v = n.value().multiply(scale(m.group("scale")));
      Currency c = Currency.of(m.group("cur"));
      atoms.add(exact(text, n.start(), m.end(), ExpressionType.MONEY, v, c.unit(), c.iso(), c.rule()));
    }
  }

  private static void moneySymbolAfter(Passage passage, List<Expression> atoms) {
    String text = passage.text();
    for (Matcher m : MONEY_AFTER.in(passage)) {
      BigDecimal v = NumberWords.value(m.group("num"));
      if (v == null) {
        continue;
      }
      String short_ = m.group("short");
      v = v.multiply(scale(m.group("scale"))).multiply(scale(m.group("scale2"))).multiply(scale(short_));
      Currency c = Currency.of(m.group("cur"));
      atoms.add(exact(text, m.start(), m.end(), ExpressionType.MONEY, v, c.unit(), c.iso(), c.rule()));
    }
  }

  private static void moneyCodeScaled(Passage passage, List<Expression> atoms) {
    String text = passage.text();
    for (Matcher m : MONEY_CODE_SCALED.in(passage)) {
      boolean before = m.group("num") != null;
      BigDecimal v = before ? NumberWords.value(m.group("num")) : NumberWords.value(m.group("num2"));
      if (v == null) {
        continue;
      }
      BigDecimal mult = scale(before ? m.group("mult") : m.group("mult2").toLowerCase(Locale.ROOT));
      Currency c = Currency.of(before ? m.group("cur") : m.group("cur2"));
      atoms.add(exact(text, m.start(), m.end(), ExpressionType.MONEY, v.multiply(mult), c.unit(), c.iso(),
          c.rule() + "-scaled"));
    }
  }

  private static void ages(Passage passage, List<Expression> atoms) {
    String text = passage.text();
    for (Matcher m : AGE.in(passage)) {
      BigDecimal v = NumberWords.value(m.group("num"));
      if (v != null) {
        atoms.add(exact(text, m.start(), m.end(), ExpressionType.NUMBER, v, "years-old", null, "age"));
      }
    }
  }

  private static void plain(Passage passage, List<Expression> atoms) {
    String text = passage.text();
    for (Matcher m : PLAIN.in(passage)) {
      boolean first = true;
      for (NumberWords.Found n : NumberWords.split(text, m.start("num"), m.end("num"))) {
        boolean signed = first && m.group("sign") != null && n.start() == m.start("num");
        first = false;
        if (notACount(text, n)) {
          continue;
        }
        int start = signed ? m.start() : n.start();
        atoms.add(exact(text, start, n.end(), ExpressionType.NUMBER, signed ? n.value().negate() : n.value(),
            null, null, "number"));
      }
    }
  }

  /** Years, "twenty-something", and "one" used as a pronoun are not counts. */
  private static boolean notACount(String text, NumberWords.Found n) {
    if (!n.spelled()) {
      return PeriodDates.isYear(text, n.start(), n.end());
    }
    if (n.end() + 1 < text.length() && text.charAt(n.end()) == '-' && Character.isLetter(text.charAt(n.end() + 1))) {
      return true;
    }
    return text.substring(n.start(), n.end()).equalsIgnoreCase("one")
        && PRONOUN_ONE.matcher(text.substring(Math.max(0, n.start() - 12), n.start())).find();
  }

  static BigDecimal scale(@Nullable String word) {
    BigDecimal s = word == null ? null : NumberGrammar.scale(word);
    return s == null ? BigDecimal.ONE : s;
  }

  static Expression exact(String text, int start, int end, ExpressionType type, BigDecimal value,
      @Nullable String unit, @Nullable String currency, String rule) {
    return new Expression(text.substring(start, end), start, end, type, NumberWords.plain(value),
        NumberInterval.exactly(value.stripTrailingZeros()), unit, currency, Trace.of(rule));
  }
}
