package dev.crosscheck.normalise;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A currency as written: its family ("dollar") and ISO code when the text fixes it. A bare "$" or
 * "dollars" names no country, so its code stays null and it stays compatible with any dollar.
 */
record Currency(String unit, @Nullable String iso, String rule) {

  static Currency of(String written) {
    String w = written.trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").replaceAll(" \\$$", "\\$")
        .replaceAll("^(usd|cad|aud)\\$$", "$1").replace("u.s$", "us$").replace("u.s.$", "us$");
    if (w.equals("$") || w.startsWith("dollar")) {
      return new Currency("dollar", null, "money-dollar-unstated");
    }
    if (w.equals("us$") || w.startsWith("u.s.") || w.startsWith("us ") || w.equals("usd")
        || w.startsWith("american")) {
      return stated("dollar", "USD");
    }
    if (w.equals("c$") || w.equals("ca$") || w.equals("cdn$") || w.equals("cad") || w.startsWith("canadian") || w.equals("ca$")) {
      return stated("dollar", "CAD");
    }
    if (w.equals("a$") || w.equals("au$") || w.equals("aud") || w.startsWith("australian")) {
      return stated("dollar", "AUD");
    }
    if (w.equals("nz$") || w.startsWith("new zealand")) {
      return stated("dollar", "NZD");
    }
    if (w.equals("hk$") || w.startsWith("hong kong")) {
      return stated("dollar", "HKD");
    }
    if (w.equals("s$") || w.startsWith("singapore")) {
      return stated("dollar", "SGD");
    }
    if (w.equals("£") || w.contains("pound") || w.equals("sterling") || w.equals("gbp")) {
      return stated("pound", "GBP");
    }
    if (w.equals("€") || w.startsWith("euro") || w.equals("eur")) {
      return stated("euro", "EUR");
    }
    if (w.equals("¥") || w.endsWith("yen") || w.equals("jpy")) {
      return stated("yen", "JPY");
    }
    if (w.endsWith("yuan") || w.equals("renminbi") || w.equals("cny") || w.equals("rmb")) {
      return stated("yuan", "CNY");
    }
    if (w.equals("₹") || w.startsWith("rupee") || w.equals("inr") || w.startsWith("rs")) {
      return stated("rupee", "INR");
    }
    if (w.contains("franc") || w.equals("chf")) {
      return stated("franc", w.equals("chf") || w.startsWith("swiss") ? "CHF" : null);
    }
    if (w.endsWith("元")) {
      return stated("yuan", "CNY");
    }
    if (w.startsWith("cent") || w.equals("¢") || w.startsWith("penn") || w.equals("pence")) {
      return new Currency("cent", null, "money-cent");
    }
    return new Currency("peso", null, "money-" + w);
  }

  private static Currency stated(String unit, @Nullable String iso) {
    return new Currency(unit, iso, "money-" + (iso == null ? unit : iso.toLowerCase(Locale.ROOT)));
  }
}
