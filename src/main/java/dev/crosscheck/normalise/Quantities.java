package dev.crosscheck.normalise;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Percentages, money and plain numbers as exact values: "25 per cent", "US$5m", "$1.3 billion",
 * "a dozen". Years, ordinals ("the 51st state") and numbers glued to letters ("G7") are not quantities.
 */
final class Quantities {
  private static final int FLAGS = Pattern.CASE_INSENSITIVE;
  private static final String SCALE = "(?:\\s?(?<scale>thousand|million|billion|trillion|bn|mn|tn)\\b)";
  private static final Pattern PERCENT = Pattern.compile("(?<num>" + NumberWords.NUMBER
      + ")\\s?(?<unit>%(?![\\w%])|per\\s?cents?\\b|percents?\\b|percentage\\spoints?\\b|percentages?\\b|pct\\b)", FLAGS);
  private static final Pattern MONEY_SYMBOL = Pattern.compile("(?<![\\w$])(?<sym>(?i:usd|us|u\\.s\\.?|cad|ca|cdn|c|aud|au|a"
      + "|nz|hk|s)\\s?\\$|\\$|£|€|¥|₹|Rs\\.?|(?:USD|CAD|EUR|GBP|AUD|JPY|INR|CHF|CNY|RMB)\\s?)\\s?(?<num>"
      + NumberWords.DIGITS_CORE + ")(?![\\d]|[.,]\\d)(?:" + SCALE + "|(?<short>[kmbKMB])\\b)?");
  private static final Pattern MONEY_WORD = Pattern.compile("(?<num>" + NumberWords.NUMBER + ")" + SCALE
      + "?[\\s-](?<cur>(?:U\\.S\\.|US|American|Canadian|Australian|New\\sZealand|Hong\\sKong|Singapore)\\s?dollars?"
      + "|dollars?|euros?|(?:british\\s)?pounds?(?:\\ssterling)?|sterling|cents?|(?:japanese\\s)?yen|(?:chinese\\s)?yuan|renminbi"
      + "|rupees?|(?:swiss\\s)?francs?|pesos?"
      + "|USD|CAD|EUR|GBP|AUD|JPY|INR|CHF|CNY)\\b", FLAGS);
  private static final Pattern MONEY_AFTER = Pattern.compile("(?<![\\w.,$])(?<num>" + NumberWords.DIGITS_CORE
      + ")(?![\\d]|[.,]\\d)" + SCALE + "?\\s?(?<cur>[$€£¥](?![\\w$€£¥]|\\s?\\d)|(?i:usd|eur|gbp|cad|aud|jpy|cny|rmb|inr|chf)\\b)"
      + "(?:\\s(?<scale2>million|billion|thousand|trillion)\\b)?");
  private static final Pattern AGE = Pattern.compile("(?<num>\\d{1,3}|" + NumberWords.SPELLED
      + ")[\\s-]years?[\\s-]old\\b", FLAGS);
  private static final Pattern PLAIN = Pattern.compile("(?<sign>(?<![\\w.,-])-\\s?)?(?<num>" + NumberWords.NUMBER + ")(?:"
      + SCALE + "|\\s(?<hundred>hundred)\\b)?", FLAGS);
  private static final Pattern PLAIN_SHORT = Pattern.compile("(?<![\\w.,])(?<num>" + NumberWords.DIGITS_CORE
      + ")\\s?(?<short>[kKMB]|bn)\\b");

  private Quantities() {}

  static List<Expression> find(String text) {
    List<Expression> atoms = new ArrayList<>();
    percents(text, atoms);
    moneyBySymbol(text, atoms);
    moneyByWord(text, atoms);
    moneySymbolAfter(text, atoms);
    ages(text, atoms);
    plain(text, atoms);
    return Approximators.apply(text, Overlaps.longestFirst(atoms));
  }

  private static void percents(String text, List<Expression> atoms) {
    Matcher m = PERCENT.matcher(text);
    while (m.find()) {
      BigDecimal v = NumberWords.value(m.group("num"));
      if (v == null) {
        continue;
      }
      boolean points = m.group("unit").toLowerCase(Locale.ROOT).contains("point");
      atoms.add(exact(text, m.start(), m.end(), ExpressionType.PERCENT, v,
          points ? "percentage-point" : "percent", null, points ? "percentage-point" : "percent"));
    }
  }

  private static void moneyBySymbol(String text, List<Expression> atoms) {
    Matcher m = MONEY_SYMBOL.matcher(text);
    while (m.find()) {
      BigDecimal v = NumberWords.value(m.group("num"));
      if (v == null) {
        continue;
      }
      v = v.multiply(scale(m.group("scale") != null ? m.group("scale") : m.group("short")));
      Currency c = Currency.of(m.group("sym"));
      atoms.add(exact(text, m.start(), m.end(), ExpressionType.MONEY, v, c.unit(), c.iso(), c.rule()));
    }
  }

  private static void moneyByWord(String text, List<Expression> atoms) {
    Matcher m = MONEY_WORD.matcher(text);
    while (m.find()) {
      BigDecimal v = NumberWords.value(m.group("num"));
      if (v == null) {
        continue;
      }
      v = v.multiply(scale(m.group("scale")));
      Currency c = Currency.of(m.group("cur"));
      atoms.add(exact(text, m.start(), m.end(), ExpressionType.MONEY, v, c.unit(), c.iso(), c.rule()));
    }
  }

  private static void moneySymbolAfter(String text, List<Expression> atoms) {
    Matcher m = MONEY_AFTER.matcher(text);
    while (m.find()) {
      BigDecimal v = NumberWords.value(m.group("num"));
      if (v == null) {
        continue;
      }
      v = v.multiply(scale(m.group("scale"))).multiply(scale(m.group("scale2")));
      Currency c = Currency.of(m.group("cur"));
      atoms.add(exact(text, m.start(), m.end(), ExpressionType.MONEY, v, c.unit(), c.iso(), c.rule()));
    }
  }

  private static void ages(String text, List<Expression> atoms) {
    Matcher m = AGE.matcher(text);
    while (m.find()) {
      BigDecimal v = NumberWords.value(m.group("num"));
      if (v != null) {
        atoms.add(exact(text, m.start(), m.end(), ExpressionType.NUMBER, v, "years-old", null, "age"));
      }
    }
  }

  private static void plain(String text, List<Expression> atoms) {
    Matcher m = PLAIN.matcher(text);
    while (m.find()) {
      if (m.group("scale") == null && PeriodDates.isYear(text, m.start("num"), m.end("num"))) {
        continue;
      }
      BigDecimal v = NumberWords.value(m.group("num"));
      if (v == null) {
        continue;
      }
      v = v.multiply(scale(m.group("scale"))).multiply(m.group("hundred") == null ? BigDecimal.ONE : BigDecimal.valueOf(100));
      atoms.add(exact(text, m.start(), m.end(), ExpressionType.NUMBER, m.group("sign") == null ? v : v.negate(),
          null, null, "number"));
    }
    Matcher s = PLAIN_SHORT.matcher(text);
    while (s.find()) {
      BigDecimal v = NumberWords.value(s.group("num"));
      if (v != null) {
        atoms.add(exact(text, s.start(), s.end(), ExpressionType.NUMBER, v.multiply(scale(s.group("short"))), null,
            null, "number"));
      }
    }
  }

  static BigDecimal scale(@Nullable String word) {
    if (word == null) {
      return BigDecimal.ONE;
    }
    return switch (word) {
      case "k", "K", "thousand" -> BigDecimal.valueOf(1_000L);
      case "m", "M", "mn", "million" -> BigDecimal.valueOf(1_000_000L);
      case "b", "B", "bn", "billion" -> BigDecimal.valueOf(1_000_000_000L);
      case "tn", "trillion" -> BigDecimal.valueOf(1_000_000_000_000L);
      default -> scale(word.toLowerCase(Locale.ROOT).equals(word) ? null : word.toLowerCase(Locale.ROOT));
    };
  }

  static Expression exact(String text, int start, int end, ExpressionType type, BigDecimal value,
      @Nullable String unit, @Nullable String currency, String rule) {
    return new Expression(text.substring(start, end), start, end, type, NumberWords.plain(value),
        NumberInterval.exactly(value.stripTrailingZeros()), unit, currency, Trace.of(rule));
  }
}
