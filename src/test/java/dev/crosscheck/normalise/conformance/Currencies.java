package dev.crosscheck.normalise.conformance;

import dev.crosscheck.normalise.Expression;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Their currency names to ours: unit family and ISO code. "Dollar" (Duckling, Recognizers-Text) is a
 * dollar of no stated country, like our bare "$"; currencies missing here are out of scope.
 */
final class Currencies {
  private record Ours(String unit, @Nullable String iso) {}

  private static final Map<String, Ours> NAMES = Map.ofEntries(
      Map.entry("dollar", new Ours("dollar", null)),
      Map.entry("united states dollar", new Ours("dollar", "USD")),
      Map.entry("usd", new Ours("dollar", "USD")),
      Map.entry("canadian dollar", new Ours("dollar", "CAD")),
      Map.entry("cad", new Ours("dollar", "CAD")),
      Map.entry("australian dollar", new Ours("dollar", "AUD")),
      Map.entry("hong kong dollar", new Ours("dollar", "HKD")),
      Map.entry("euro", new Ours("euro", "EUR")),
      Map.entry("eur", new Ours("euro", "EUR")),
      Map.entry("british pound", new Ours("pound", "GBP")),
      Map.entry("pound sterling", new Ours("pound", "GBP")),
      Map.entry("gbp", new Ours("pound", "GBP")),
      Map.entry("pound", new Ours("pound", null)),
      Map.entry("japanese yen", new Ours("yen", "JPY")),
      Map.entry("yen", new Ours("yen", "JPY")),
      Map.entry("chinese yuan", new Ours("yuan", "CNY")),
      Map.entry("cny", new Ours("yuan", "CNY")),
      Map.entry("indian rupee", new Ours("rupee", "INR")),
      Map.entry("inr", new Ours("rupee", "INR")),
      Map.entry("swiss franc", new Ours("franc", "CHF")),
      Map.entry("chf", new Ours("franc", "CHF")),
      Map.entry("cent", new Ours("cent", null)));

  private Currencies() {}

  static boolean supported(String theirs) {
    return NAMES.containsKey(theirs.toLowerCase(Locale.ROOT));
  }

  /** Same family; when they name a country, ours must name the same one. */
  static boolean agree(Expression ours, String theirs) {
    Ours expected = NAMES.get(theirs.toLowerCase(Locale.ROOT));
    if (expected == null || !expected.unit().equals(ours.unit())) {
      return false;
    }
    return expected.iso() == null || expected.iso().equals(ours.currency());
  }
}
