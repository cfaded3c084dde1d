package dev.crosscheck.extract;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Verb lemmas without a tagger: a table of irregular verbs and a lexicon of common news verbs whose regular
 * forms ("announces", "announced", "stopped", "tried") are undone by suffix rules. A word is a verb only when
 * its lemma is listed, so "police" or "news" never are.
 */
final class Verbs {
  /** Stems that lost a silent e before -ed; compiled once, as every past form unknown to the table asks. */
  private static final java.util.regex.Pattern SILENT_E_STEM =
      java.util.regex.Pattern.compile(".*(?:iz|is|at|iv|uc|ur|rc|nc|ag|ut|ov|ud|id|ar|os|us|as|ac|ag|uir|lv|rg|dg|ng)$");
  /** How a form stands in a sentence: a finite past or present, a participle, or the bare base after an auxiliary. */
  enum Form { PAST, PRESENT, PARTICIPLE, BASE, PAST_OR_PARTICIPLE, GERUND }

  record Verb(String lemma, Form form) {}

  /** base, past, past participle. */
  private static final String[][] IRREGULAR = {
      {"be", "was", "been"}, {"have", "had", "had"}, {"do", "did", "done"}, {"say", "said", "said"},
      {"tell", "told", "told"}, {"go", "went", "gone"}, {"get", "got", "gotten"}, {"make", "made", "made"},
      {"know", "knew", "known"}, {"think", "thought", "thought"}, {"take", "took", "taken"}, {"see", "saw", "seen"},
      {"come", "came", "come"}, {"give", "gave", "given"}, {"find", "found", "found"}, {"leave", "left", "left"},
      {"feel", "felt", "felt"}, {"bring", "brought", "brought"}, {"begin", "began", "begun"}, {"keep", "kept", "kept"},
      {"hold", "held", "held"}, {"write", "wrote", "written"}, {"stand", "stood", "stood"}, {"hear", "heard", "heard"},
      {"let", "let", "let"}, {"mean", "meant", "meant"}, {"set", "set", "set"}, {"meet", "met", "met"},
      {"run", "ran", "run"}, {"pay", "paid", "paid"}, {"sit", "sat", "sat"}, {"speak", "spoke", "spoken"},
      {"lead", "led", "led"}, {"grow", "grew", "grown"}, {"lose", "lost", "lost"}, {"fall", "fell", "fallen"},
      {"send", "sent", "sent"}, {"build", "built", "built"}, {"spend", "spent", "spent"}, {"cut", "cut", "cut"},
      {"rise", "rose", "risen"}, {"drive", "drove", "driven"}, {"buy", "bought", "bought"}, {"win", "won", "won"},
      {"sell", "sold", "sold"}, {"put", "put", "put"}, {"hit", "hit", "hit"}, {"shoot", "shot", "shot"},
      {"strike", "struck", "struck"}, {"steal", "stole", "stolen"}, {"flee", "fled", "fled"}, {"seek", "sought", "sought"},
      {"fight", "fought", "fought"}, {"catch", "caught", "caught"}, {"teach", "taught", "taught"}, {"break", "broke", "broken"},
      {"choose", "chose", "chosen"}, {"draw", "drew", "drawn"}, {"fly", "flew", "flown"}, {"forget", "forgot", "forgotten"},
      {"hide", "hid", "hidden"}, {"lay", "laid", "laid"}, {"ride", "rode", "ridden"}, {"shake", "shook", "shaken"},
      {"shut", "shut", "shut"}, {"sink", "sank", "sunk"}, {"slay", "slew", "slain"}, {"swear", "swore", "sworn"},
      {"throw", "threw", "thrown"}, {"wear", "wore", "worn"}, {"withdraw", "withdrew", "withdrawn"}, {"bear", "bore", "born"},
      {"beat", "beat", "beaten"}, {"bid", "bid", "bid"}, {"bind", "bound", "bound"}, {"blow", "blew", "blown"},
      {"deal", "dealt", "dealt"}, {"dig", "dug", "dug"}, {"eat", "ate", "eaten"}, {"feed", "fed", "fed"},
      {"forbid", "forbade", "forbidden"}, {"freeze", "froze", "frozen"}, {"hang", "hung", "hung"}, {"hurt", "hurt", "hurt"},
      {"lend", "lent", "lent"}, {"light", "lit", "lit"}, {"overcome", "overcame", "overcome"}, {"quit", "quit", "quit"},
      {"read", "read", "read"}, {"ring", "rang", "rung"}, {"seize", "seized", "seized"}, {"shed", "shed", "shed"},
      {"sing", "sang", "sung"}, {"sleep", "slept", "slept"}, {"spread", "spread", "spread"}, {"spring", "sprang", "sprung"},
      {"stick", "stuck", "stuck"}, {"sting", "stung", "stung"}, {"swing", "swung", "swung"}, {"tear", "tore", "torn"},
      {"undergo", "underwent", "undergone"}, {"understand", "understood", "understood"}, {"undertake", "undertook", "undertaken"},
      {"upset", "upset", "upset"}, {"wake", "woke", "woken"}, {"wind", "wound", "wound"}, {"become", "became", "become"},
      {"forecast", "forecast", "forecast"}, {"broadcast", "broadcast", "broadcast"}, {"cost", "cost", "cost"},
      {"arise", "arose", "arisen"}, {"oversee", "oversaw", "overseen"}, {"mislead", "misled", "misled"},
      {"uphold", "upheld", "upheld"}, {"withhold", "withheld", "withheld"}, {"split", "split", "split"},
      {"bet", "bet", "bet"}, {"lie", "lay", "lain"}, {"show", "showed", "shown"}};

  /** Regular verbs common in news text; their inflected forms are found by rule. */
  private static final String REGULAR = "accept accuse acknowledge acquire act add admit adopt agree aim allege allow "
      + "announce answer appear apply appoint approve argue arrest arrive ask assault attack attempt attend avoid award "
      + "back ban battle believe blame block board bomb book boost call cancel capture care carry cause celebrate change "
      + "charge cite claim clash close collapse comment commit complete confirm consider contain continue convict "
      + "cooperate criticize criticise cross damage decide decline defeat defend delay deliver demand deny deploy describe "
      + "destroy detain develop die disclose discover discuss dismiss drop earn elect emerge end endorse enter erupt "
      + "escape estimate evacuate expand expect explain explode express extend face fail file fine finish fire follow "
      + "force form free gain greet guarantee hail halt happen head help hire hope hospitalize hospitalise identify ignore "
      + "impose improve include increase indicate indict injure insist interview introduce invade investigate invite involve "
      + "issue jail join jump kidnap kill land launch levy like list live locate look manage march mark marry miss move "
      + "murder name need negotiate nominate note notify obtain occur offer open oppose order own pass plan plead praise "
      + "predict prepare present press prevent promise propose protest prove provide publish pull push question raid raise "
      + "rally reach receive recommend record recover reduce refuse reject release remain remove renew replace report "
      + "represent request require rescue resign respond rest return reveal rock rule sack save score search secure sentence "
      + "serve settle share shift sign slam slap smash snap solve spark spot state stay step stop storm submit succeed "
      + "sue suffer suggest support surrender suspect suspend target term threaten top total trade train transfer travel "
      + "treat trigger try turn unveil urge use vote wait walk want warn welcome wound visit thank host vow pledge "
      + "tour inspect veto surge plunge soar decrease lower recall fear worry condemn probe disagree ratify expire crash "
      + "burn survive postpone resume retire permit play start watch";

  private static final Map<String, Verb> FORMS = new HashMap<>();
  private static final Set<String> LEMMAS = new HashSet<>();

  static {
    for (String[] v : IRREGULAR) {
      LEMMAS.add(v[0]);
      FORMS.put(v[1], new Verb(v[0], v[1].equals(v[2]) ? Form.PAST_OR_PARTICIPLE : Form.PAST));
      FORMS.putIfAbsent(v[2], new Verb(v[0], Form.PARTICIPLE));
    }
    for (String w : REGULAR.split(" ")) {
      LEMMAS.add(w);
    }
    FORMS.put("were", new Verb("be", Form.PAST));
    FORMS.put("is", new Verb("be", Form.PRESENT));
    FORMS.put("are", new Verb("be", Form.PRESENT));
    FORMS.put("am", new Verb("be", Form.PRESENT));
    FORMS.put("has", new Verb("have", Form.PRESENT));
    FORMS.put("does", new Verb("do", Form.PRESENT));
    FORMS.put("goes", new Verb("go", Form.PRESENT));
    FORMS.put("lay", new Verb("lay", Form.BASE)); // "lay" is more often "to lay" than the past of "lie"
  }

  private Verbs() {}

  /** The verb a word is, with its form; null when the word is not a listed verb's form. */
  static @Nullable Verb of(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    Verb irregular = FORMS.get(w);
    if (irregular != null) {
      return irregular;
    }
    if (LEMMAS.contains(w)) {
      return new Verb(w, Form.BASE);
    }
    String lemma = regularPast(w);
    if (lemma != null) {
      return new Verb(lemma, Form.PAST_OR_PARTICIPLE);
    }
    lemma = regularPresent(w);
    if (lemma != null) {
      return new Verb(lemma, Form.PRESENT);
    }
    lemma = gerund(w);
    return lemma == null ? null : new Verb(lemma, Form.GERUND);
  }

  private static @Nullable String gerund(String w) {
    if (!w.endsWith("ing") || w.length() < 5) {
      return null;
    }
    String stem = w.substring(0, w.length() - 3);
    for (String candidate : new String[] {stem, stem + "e", stem.substring(0, stem.length() - 1)}) {
      if (LEMMAS.contains(candidate) && (!candidate.equals(stem.substring(0, stem.length() - 1))
          || stem.charAt(stem.length() - 1) == stem.charAt(stem.length() - 2))) {
        return candidate; // saying, making, stopping
      }
    }
    return null;
  }

  /** The lemma of a word that is a listed verb's form, else the word itself (lower case). */
  static String lemma(String word) {
    Verb v = of(word);
    return v == null ? word.toLowerCase(Locale.ROOT) : v.lemma();
  }

  /** A lemma for a verb the lexicon does not list, by the commonest spelling rules: "downplayed" → "downplay". */
  static String guess(String w) {
    if (w.endsWith("ied") && w.length() > 4) {
      return w.substring(0, w.length() - 3) + "y";
    }
    if (w.endsWith("ed") && w.length() > 4) {
      String stem = w.substring(0, w.length() - 2);
      int n = stem.length();
      if (stem.charAt(n - 1) == stem.charAt(n - 2) && "lsz".indexOf(stem.charAt(n - 1)) < 0) {
        return stem.substring(0, n - 1); // "planned"
      }
      // "characterized", "mandated", "received": a silent e dropped before -ed
      return SILENT_E_STEM.matcher(stem).matches() ? stem + "e" : stem;
    }
    return w;
  }

  private static @Nullable String regularPast(String w) {
    if (!w.endsWith("ed") || w.length() < 4) {
      return null;
    }
    String stem = w.substring(0, w.length() - 2);
    if (w.endsWith("ied") && LEMMAS.contains(stem.substring(0, stem.length() - 1) + "y")) {
      return stem.substring(0, stem.length() - 1) + "y"; // denied
    }
    if (LEMMAS.contains(stem + "e")) {
      return stem + "e"; // announced
    }
    if (LEMMAS.contains(stem)) {
      return stem; // arrested
    }
    int n = stem.length();
    if (n > 2 && stem.charAt(n - 1) == stem.charAt(n - 2) && LEMMAS.contains(stem.substring(0, n - 1))) {
      return stem.substring(0, n - 1); // stopped
    }
    return null;
  }

  private static @Nullable String regularPresent(String w) {
    if (!w.endsWith("s") || w.length() < 3 || w.endsWith("ss")) {
      return null;
    }
    if (w.endsWith("ies") && LEMMAS.contains(w.substring(0, w.length() - 3) + "y")) {
      return w.substring(0, w.length() - 3) + "y"; // denies
    }
    if (w.endsWith("es") && LEMMAS.contains(w.substring(0, w.length() - 2))) {
      return w.substring(0, w.length() - 2); // pushes
    }
    String stem = w.substring(0, w.length() - 1);
    return LEMMAS.contains(stem) ? stem : null;
  }
}
