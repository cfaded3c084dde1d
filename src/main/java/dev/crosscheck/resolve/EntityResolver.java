package dev.crosscheck.resolve;

import dev.crosscheck.model.Aliases;
import dev.crosscheck.model.Claim;
import dev.crosscheck.model.Segmented;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Gives every mention and every claim's subject the id of the real-world entity it names, so "Trump",
 * "President Trump" and "US President Donald Trump" align. Known names come from the lexicon; people from
 * their full names (a surname takes the unique full name it ends with); "X’s office" is the office X holds
 * according to the role claims ("the Prime Minister’s Office" when X is a prime minister); "the president"
 * is the one current president the same source names.
 */
public final class EntityResolver {
  /** The subject of a quote nobody is credited with: it names no entity. */
  static final String NOBODY = "unattributed";
  private static final Pattern OFFICE_OF = Pattern.compile("(?<owner>.+)[’']s office");
  private static final String ROLE = "role";
  private static final String WITH = "with";
  private static final String STATEMENT = "statement";

  private record Referent(String kind, String name) {}

  private final Lexicon lexicon;
  private final People people = new People();
  /** Teams' full names ("Kansas City Chiefs"), so a nickname alone ("the Chiefs") is the team its source names. */
  private final People teams = new People();
  /** Per source, the offices named in its role claims and who currently holds each. */
  private final Map<String, Map<String, TreeSet<String>>> holders = new HashMap<>();
  /** Whether {@link #holders} is complete: then {@link #officesByHolder} may be built from it. */
  private boolean holdersKnown;
  /** Per person, the offices any source says they hold, in the order a walk of {@link #holders} meets them. */
  private @Nullable Map<String, List<String>> officesByHolder;
  private final TitleHierarchy titles = TitleHierarchy.shipped();
  /** "the prime minister" patterns, compiled once per office rather than once per source. */
  private final Map<String, Pattern> officeReferences = new HashMap<>();
  /** Per source, the entity id of each mention by its start, so a statement's subject and object words can be looked up. */
  private final Map<String, TreeMap<Integer, ResolvedMention>> mentionIds = new HashMap<>();

  private record ResolvedMention(Mention mention, String id) {}

  private static final TreeMap<Integer, ResolvedMention> NO_MENTIONS = new TreeMap<>();

  private EntityResolver(Aliases aliases) {
    lexicon = new Lexicon(aliases);
  }

  /** Resolves the claims alone, with the shipped gazetteer: the surnames and names their subjects spell. */
  public static List<Claim> resolve(List<Claim> claims) {
    return resolve(List.of(), claims, Aliases.NONE).claims();
  }

  public static Resolution resolve(List<Segmented> articles, List<Claim> claims, Aliases aliases) {
    return resolve(articles, java.util.Collections.nCopies(articles.size(), null), claims, aliases);
  }

  /**
   * The same, with the mentions of some articles already known ({@code found}, by article; null where they must
   * be found): a source's mentions depend only on its cleaned text and the aliases, so they can be kept by content
   * hash between runs.
   */
  public static Resolution resolve(List<Segmented> articles, List<@Nullable List<Mention>> found, List<Claim> claims,
      Aliases aliases) {
    if (found.size() != articles.size()) {
      throw new IllegalArgumentException(found.size() + " mention lists for " + articles.size() + " articles");
    }
    return new EntityResolver(aliases).run(articles, found, claims);
  }

  private Resolution run(List<Segmented> articles, List<@Nullable List<Mention>> found, List<Claim> claims) {
    List<List<Mention>> byArticle = java.util.stream.IntStream.range(0, articles.size()).parallel()
        .mapToObj(i -> found.get(i) != null ? found.get(i) : MentionFinder.find(articles.get(i), lexicon)).toList();
    List<Mention> mentions = byArticle.stream().flatMap(List::stream).toList();
    for (Mention m : mentions) {
      if (m.kind() == Mention.Kind.PERSON) {
        people.add(m.source(), m.text());
      } else if (m.kind() == Mention.Kind.ORGANISATION && MentionFinder.team(m.text())) {
        teams.add(m.source(), m.text());
      }
    }
    for (Claim c : claims) {
      // a statement's subject is written as the sentence has it ("President Obama", "Police"): the mentions give its people
      if (c.kind().equals(ROLE) || !c.kind().equals(STATEMENT) && isPersonLike(c.subject())) {
        people.add(c.source(), c.subject());
      }
    }
    for (Claim c : claims) {
      if (c.kind().equals(ROLE) && c.value().equals("current")) {
        Referent holder = referent(c.source(), c.subject());
        holders.computeIfAbsent(c.source(), k -> new TreeMap<>())
            .computeIfAbsent(office(c), k -> new TreeSet<>()).add(holder.name());
      }
    }
    holdersKnown = true;
    EntityTable table = new EntityTable();
    for (Mention m : mentions) {
      Referent r = mentionReferent(m);
      if (r != null) {
        String id = table.add(r.kind(), r.name(), m.text(), m.source());
        mentionIds.computeIfAbsent(m.source(), k -> new TreeMap<>()).put(m.start(), new ResolvedMention(m, id));
      }
    }
    for (Segmented article : articles) {
      titleReferences(article, table);
    }
    List<Claim> resolved = new ArrayList<>(claims.size());
    for (Claim c : claims) {
      resolved.add(resolveClaim(c, table));
    }
    return new Resolution(resolved, table.entities(), byArticle);
  }

  private Claim resolveClaim(Claim c, EntityTable table) {
    if (c.subject().equals(NOBODY)) {
      return c;
    }
    if (c.kind().equals(STATEMENT)) {
      return statement(c, table);
    }
    Referent r = referent(c.source(), c.subject());
    String id = table.add(r.kind(), r.name(), c.subject(), c.source());
    if (!c.attribute("mention").isEmpty()) {
      table.add(r.kind(), r.name(), c.attribute("mention"), c.source());
    }
    Claim out = c.withEntity(id);
    if (!c.attribute(WITH).isEmpty()) {
      return withOther(out, table);
    }
    return c.kind().equals(ROLE) ? out.withSlot(titles.broadest(office(c))) : out;
  }

  /**
   * A claim about two entities ("Carney met Trump": attribute {@code with}) is keyed by the pair in id order,
   * so "Trump met Carney" lands in the same slot.
   */
  private Claim withOther(Claim c, EntityTable table) {
    String surface = c.attribute(WITH);
    Referent r = referent(c.source(), surface);
    String otherId = table.add(r.kind(), r.name(), surface, c.source());
    boolean swap = otherId.compareTo(c.entity()) < 0;
    String first = swap ? otherId : c.entity();
    String second = swap ? c.entity() : otherId;
    // a claim read back from a claims file is already keyed: resolving it again must change nothing
    String what = c.slot().replaceFirst(" with .*$", "");
    Claim keyed = new Claim(c.id(), c.kind(), c.source(), c.evidence(), swap ? surface : c.subject(), first,
        what + " with " + second, c.value(), c.attributes());
    return keyed.withAttribute(WITH, swap ? c.subject() : surface);
  }

  /**
   * A statement's subject and the names in its object, as entity ids: the mention the source wrote there, or for
   * "he" the person it stands for. A subject that names nothing known ("police") stays text.
   */
  private Claim statement(Claim c, EntityTable table) {
    Claim out = c;
    String kind = c.attribute("subjectKind");
    if (kind.equals("name")) {
      ResolvedMention m = endingAt(c.source(), Integer.parseInt(c.attribute("subjectStart")),
          Integer.parseInt(c.attribute("subjectEnd")));
      if (m != null) {
        out = c.withEntity(m.id());
      } // else "Officials": no known name, compared as the phrase extraction gave
    } else if (kind.equals("pronoun")) {
      Referent r = referent(c.source(), c.subject()); // "he": the person extraction found he is
      out = c.withEntity(table.add(r.kind(), r.name(), c.subject(), c.source()));
    }
    if (c.value().equals(c.value().toLowerCase(java.util.Locale.ROOT))) {
      return out; // no name left to resolve: resolved already
    }
    int from = Integer.parseInt(c.attribute("subjectEnd"));
    List<String> words = new ArrayList<>();
    for (String w : c.value().split(" ")) {
      words.add(w.equals(w.toLowerCase(java.util.Locale.ROOT)) ? w : objectName(c.source(), w, from, c.end()));
    }
    return new Claim(out.id(), out.kind(), out.source(), out.evidence(), out.subject(), out.entity(), out.slot(),
        String.join(" ", words), out.attributes());
  }

  /** "Donald_Trump" → the id of the mention of those words in the statement, else the words in lower case. */
  private String objectName(String source, String word, int from, int to) {
    String written = word.replace('_', ' ');
    for (ResolvedMention m : mentionIds.getOrDefault(source, NO_MENTIONS).subMap(from, to).values()) {
      String text = m.mention().text();
      if (text.indexOf('.') >= 0) {
        text = text.replaceFirst("\\.$", ""); // "U.S." is written "U_S" at a word's end
      }
      if (text.equals(written) || text.endsWith(" " + written) || written.endsWith(" " + text)
          || written.startsWith(text + "’") || written.startsWith(text + "'")) {
        return m.id();
      }
    }
    return written.toLowerCase(java.util.Locale.ROOT).replace(' ', '_');
  }

  /** The mention that ends the subject ("US President Donald Trump" → Donald Trump), or null. */
  private @Nullable ResolvedMention endingAt(String source, int start, int end) {
    for (ResolvedMention m : mentionIds.getOrDefault(source, NO_MENTIONS).subMap(start, end).values()) {
      if (m.mention().end() == end) {
        return m;
      }
    }
    return null;
  }

  /** The office a role claim's title names, as written: its slot may already be the broadest office. */
  private static String office(Claim c) {
    String office = c.attribute("office");
    return office.isEmpty() ? c.slot() : office;
  }

  /** What a claim's subject names; an unknown single word stays a person of that name. */
  private Referent referent(String source, String written) {
    String surface = withoutFullStop(written);
    Matcher office = OFFICE_OF.matcher(surface);
    if (office.matches()) {
      return officeOf(source, office.group("owner"));
    }
    Lexicon.Known known = lexicon.lookup(surface);
    if (known != null) {
      return new Referent(known.kind(), known.name());
    }
    Mention.Kind kind = MentionFinder.kindOf(surface.strip().split(" "));
    if (kind != Mention.Kind.PERSON) {
      return named(kind, source, surface.strip()); // "the Chiefs said", "Geological Survey officials said"
    }
    String full = people.fullName(source, surface);
    return new Referent("person", full != null ? full : surface.strip());
  }

  /** "Regina Benjamin." as a sentence's end left a subject → "Regina Benjamin"; "Jr." and "J." keep their stop. */
  static String withoutFullStop(String surface) {
    int n = surface.length();
    int word = surface.lastIndexOf(' ') + 1;
    return n - word >= 5 && surface.charAt(n - 1) == '.' && Character.isLowerCase(surface.charAt(n - 2))
        ? surface.substring(0, n - 1) : surface;
  }

  private @Nullable Referent mentionReferent(Mention m) {
    return switch (m.kind()) {
      case OFFICE -> referent(m.source(), m.text());
      case PERSON -> {
        String full = people.fullName(m.source(), m.text());
        yield full == null ? null : new Referent("person", full);
      }
      default -> {
        Lexicon.Known known = lexicon.lookup(m.text());
        yield known != null ? new Referent(known.kind(), known.name()) : named(m.kind(), m.source(), m.text());
      }
    };
  }

  /** An organisation or place by its name; a team's nickname alone is the one team its source (or any) names so. */
  private Referent named(Mention.Kind kind, String source, String name) {
    String team = MentionFinder.team(name) ? teams.fullName(source, name) : null;
    return new Referent(kind.entityKind(), team != null ? team : name);
  }

  /** "Carney’s office": the known office of an office Carney holds, else an office of its own. */
  private Referent officeOf(String source, String owner) {
    Referent person = referent(source, owner);
    List<String> offices = new ArrayList<>();
    holders.getOrDefault(source, Map.of()).forEach((office, who) -> {
      if (who.contains(person.name())) {
        offices.add(office);
      }
    });
    for (String office : heldAnywhere(person.name())) {
      if (!offices.contains(office)) {
        offices.add(office);
      }
    }
    for (String office : offices) {
      Lexicon.Known known = lexicon.lookup(office + "’s office");
      if (known != null && known.kind().equals("organisation")) {
        return new Referent(known.kind(), known.name());
      }
    }
    return new Referent("organisation", person.name() + "’s office");
  }

  /**
   * The offices {@code person} holds in any source, as a walk over every source's holders finds them: one walk,
   * indexed, once the holders are all known (else "X’s office" in every source would walk every source).
   */
  private List<String> heldAnywhere(String person) {
    if (!holdersKnown) {
      List<String> offices = new ArrayList<>();
      holders.forEach((s, byOffice) -> byOffice.forEach((office, who) -> {
        if (who.contains(person) && !offices.contains(office)) {
          offices.add(office);
        }
      }));
      return offices;
    }
    if (officesByHolder == null) {
      Map<String, List<String>> index = new HashMap<>();
      holders.forEach((s, byOffice) -> byOffice.forEach((office, who) -> {
        for (String name : who) {
          List<String> offices = index.computeIfAbsent(name, k -> new ArrayList<>());
          if (!offices.contains(office)) {
            offices.add(office);
          }
        }
      }));
      officesByHolder = index;
    }
    return officesByHolder.getOrDefault(person, List.of());
  }

  /** "the prime minister" where the source names exactly one current prime minister. */
  private void titleReferences(Segmented article, EntityTable table) {
    holders.getOrDefault(article.id(), Map.of()).forEach((office, who) -> {
      if (who.size() != 1) {
        return;
      }
      String text = article.text();
      Matcher m = officeReferences.computeIfAbsent(office,
          o -> Pattern.compile("(?<![\\p{L}])[Tt]he (?i:" + Pattern.quote(o) + ")(?![\\p{L}’'-])")).matcher(text);
      m.useTransparentBounds(true); // the lookbehind sees the text before each place it is tried, as find() would
      int searched = 0;
      // every match starts "The " or "the ": the pattern is tried there only, in the order find() would meet them
      for (int he = text.indexOf("he ", 1); he >= 0; he = text.indexOf("he ", he + 1)) {
        int at = he - 1;
        char t = text.charAt(at);
        if (at < searched || t != 'T' && t != 't') {
          continue;
        }
        m.region(at, text.length());
        if (m.lookingAt()) {
          searched = m.end();
          if (article.sentenceAt(m.start()) != null && !article.sentenceAt(m.start()).heading()) {
            table.add("person", who.first(), m.group(), article.id());
          }
        }
      }
    });
  }

  private boolean isPersonLike(String subject) {
    return !subject.equals(NOBODY) && !OFFICE_OF.matcher(subject).matches() && lexicon.lookup(subject) == null
        && MentionFinder.kindOf(subject.strip().split(" ")) == Mention.Kind.PERSON;
  }
}
