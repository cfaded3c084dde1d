package dev.crosscheck.judge;

import dev.crosscheck.align.ClaimGroup;
import dev.crosscheck.model.Claim;
import dev.crosscheck.model.Finding;
import dev.crosscheck.model.FindingKind;
import dev.crosscheck.model.Severity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Plain statements compared as text: the same subject and predicate class (the alignment key) and objects that
 * share most of their words. Two sources saying it with one polarity agree; one saying it and another denying
 * it, in the outlet's own voice or credited to the same speaker, contradict. Hedged claims and questions never
 * count, and a claim that is planned or expected only meets claims of the same modality. Statements are compared
 * across sources only: an article that says a thing and its denial is usually giving two sides.
 *
 * <p>Within a group, statements are clustered through an index of their object words, so only statements that
 * share a word are ever compared.
 */
final class StatementRule implements Rule {
  static final String ID = "statement-match";
  static final String KIND = "statement";
  /**
   * Objects this alike (token Jaccard) are one statement. Measured on ECB+: at 0.5 pairs such as "suspect
   * arrest friday" / "suspect arrest car" joined; from 0.6 up those read as paraphrases.
   */
  static final double SAME = 0.6;
  /** And they must share this many words: two-word objects agreeing on one word say too little. */
  static final int MIN_SHARED = 3;
  private static final String NOT = "not";
  private static final java.util.regex.Pattern CONTRACTED_NOT = java.util.regex.Pattern.compile("n[’']t\\b");
  private static final java.util.regex.Pattern NON_WORD = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]+");

  /** One statement as compared: its claim, its object words (without "not") and its polarity. */
  record Statement(Claim claim, Set<String> words, boolean negative, String modality) {
    static Statement of(Claim c) {
      Set<String> words = new LinkedHashSet<>(List.of(c.value().split(" ")));
      boolean notInObject = words.remove(NOT);
      String modality = c.attribute("modality");
      boolean negative = modality.equals("negated") || notInObject;
      String firm = modality.equals("reported") || modality.equals("negated") ? "asserted" : modality;
      return new Statement(c, words, negative, firm);
    }

    boolean comparable() {
      return !modality.equals("hedged") && !modality.equals("question") && !claim.attribute("attribution").equals("quoted");
    }

    /** Who stands behind it: the outlet itself or the person it is credited to. */
    String voice() {
      String a = claim.attribute("attribution");
      return a.startsWith("said: ") || a.startsWith("according-to: ") ? a.substring(a.indexOf(' ') + 1) : a;
    }
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public List<Finding> judge(List<ClaimGroup> groups) {
    List<Finding> findings = new ArrayList<>();
    for (ClaimGroup g : ClaimGroup.ofKind(groups, KIND)) {
      if (g.sourceCount() < 2) {
        continue;
      }
      List<Statement> firm = g.claims().stream().map(Statement::of).filter(Statement::comparable).toList();
      List<List<Statement>> clusters = clusters(firm);
      for (List<Statement> cluster : clusters) {
        List<Statement> positive = cluster.stream().filter(s -> !s.negative()).toList();
        List<Statement> negative = cluster.stream().filter(Statement::negative).toList();
        Finding contradiction = contradiction(g, positive, negative);
        if (contradiction != null) {
          findings.add(contradiction);
          continue;
        }
        for (List<Statement> side : List.of(positive, negative)) {
          for (List<Statement> same : byModality(side)) {
            long wordings = wordings(same);
            if (wordings > 1) {
              findings.add(agreement(g, same, wordings));
            }
          }
        }
      }
    }
    return findings;
  }

  /**
   * Statements whose objects are alike, each joining the first cluster whose first statement it matches. Candidate
   * clusters come from an index of object words: no statement is compared with one it shares no word with.
   */
  static List<List<Statement>> clusters(List<Statement> statements) {
    List<List<Statement>> clusters = new ArrayList<>();
    Map<String, List<Integer>> byWord = new HashMap<>();
    for (Statement s : statements) {
      TreeSet<Integer> candidates = new TreeSet<>();
      s.words().forEach(w -> candidates.addAll(byWord.getOrDefault(w, List.of())));
      Integer joined = null;
      for (int c : candidates) {
        if (alike(clusters.get(c).get(0).words(), s.words())) {
          joined = c;
          break;
        }
      }
      if (joined == null) {
        joined = clusters.size();
        clusters.add(new ArrayList<>());
        int index = joined;
        s.words().forEach(w -> byWord.computeIfAbsent(w, k -> new ArrayList<>()).add(index));
      }
      clusters.get(joined).add(s);
    }
    return clusters;
  }

  /**
   * How many independent wordings stand behind statements: sources whose sentences are the same words (wire copy
   * too short for the copy detector's ten words) are one. An agreement needs two.
   */
  static long wordings(List<Statement> statements) {
    Map<String, String> voiceOf = new java.util.TreeMap<>(); // source → the first source it shares a wording with
    Map<String, String> firstWith = new HashMap<>();
    for (Statement s : statements) {
      String source = s.claim().source();
      String wording = wording(s.claim());
      String earlier = firstWith.putIfAbsent(wording, source);
      if (earlier == null) {
        // a sentence that is another's words and a little more ("… for the Purple Aces (7-2).") is that sentence
        earlier = firstWith.entrySet().stream().filter(e -> !e.getKey().equals(wording)
            && (e.getKey().contains(wording) || wording.contains(e.getKey()))).map(Map.Entry::getValue).sorted()
            .findFirst().orElse(null);
      }
      String voice = earlier == null ? voiceOf.getOrDefault(source, source) : voiceOf.getOrDefault(earlier, earlier);
      String mine = voiceOf.getOrDefault(source, source);
      String keep = voice.compareTo(mine) < 0 ? voice : mine;
      voiceOf.replaceAll((k, v) -> v.equals(mine) || v.equals(voice) ? keep : v);
      voiceOf.put(source, keep);
    }
    return voiceOf.values().stream().distinct().count();
  }

  /** A sentence's words alone: case, punctuation, "%" for "percent" and "n't" for "not" make no other wording. */
  private static String wording(Claim c) {
    String lower = c.evidenceText().toLowerCase(java.util.Locale.ROOT).replace("%", " percent");
    return NON_WORD.matcher(CONTRACTED_NOT.matcher(lower).replaceAll(" not")).replaceAll(" ").strip();
  }

  static boolean alike(Set<String> a, Set<String> b) {
    int shared = 0;
    for (String w : a) {
      if (b.contains(w)) {
        shared++;
      }
    }
    int union = a.size() + b.size() - shared;
    return shared >= MIN_SHARED && union > 0 && (double) shared / union >= SAME;
  }

  private static List<List<Statement>> byModality(List<Statement> side) {
    Map<String, List<Statement>> by = new java.util.TreeMap<>();
    side.forEach(s -> by.computeIfAbsent(s.modality(), k -> new ArrayList<>()).add(s));
    return List.copyOf(by.values());
  }

  /** A statement said outright and denied, by the same voice: the first such pair's sides, or null. */
  private static @Nullable Finding contradiction(ClaimGroup g, List<Statement> positive, List<Statement> negative) {
    for (Statement n : negative) {
      for (Statement p : positive) {
        boolean firm = p.modality().equals("asserted") && n.modality().equals("asserted");
        if (firm && p.voice().equals(n.voice()) && alike(p.words(), n.words())) {
          List<Statement> yes = positive.stream().filter(s -> s.voice().equals(p.voice())
              && s.modality().equals("asserted")).toList();
          List<Statement> no = negative.stream().filter(s -> s.voice().equals(p.voice())
              && s.modality().equals("asserted")).toList();
          return contradiction(g, yes, no, p.voice());
        }
      }
    }
    return null;
  }

  private static Finding contradiction(ClaimGroup g, List<Statement> yes, List<Statement> no, String voice) {
    List<Claim> cited = new ArrayList<>(Findings.firstPerSourceAndValue(yes.stream().map(Statement::claim).toList()));
    cited.addAll(Findings.firstPerSourceAndValue(no.stream().map(Statement::claim).toList()));
    String who = voice.equals("outlet") ? "" : " (credited to " + voice + ")";
    String summary = Findings.sourceList(yes.stream().map(Statement::claim).toList()) + " say " + what(g, yes.get(0))
        + "; " + Findings.sourceList(no.stream().map(Statement::claim).toList()) + " deny it" + who;
    return Findings.of(FindingKind.CONTRADICTION, ID, Severity.MEDIUM, 0.6, summary, g.entity(), g.slot(), cited);
  }

  private static Finding agreement(ClaimGroup g, List<Statement> same, long wordings) {
    List<Claim> cited = Findings.firstPerSourceAndValue(same.stream().map(Statement::claim).toList());
    long sources = cited.stream().map(Claim::source).distinct().count();
    boolean identical = cited.stream().map(Claim::value).distinct().count() == 1;
    String negated = same.get(0).negative() ? "not: " : "";
    String copies = wordings < sources ? "; " + wordings + " independent wordings, the rest word for word the same" : "";
    String summary = sources + " sources state that " + negated + what(g, same.get(0)) + " ("
        + Findings.sourceList(cited) + copies + ")";
    return Findings.of(FindingKind.AGREEMENT, ID, Severity.INFO, identical ? 0.8 : 0.65, summary, g.entity(), g.slot(),
        cited);
  }

  /** "Police | arrest | suspect 2024-03-08" as one line for a summary. */
  private static String what(ClaimGroup g, Statement s) {
    return Findings.displayName(g.claims()) + " " + g.slot() + " " + String.join(" ", s.words());
  }
}
