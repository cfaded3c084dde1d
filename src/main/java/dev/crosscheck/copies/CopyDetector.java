package dev.crosscheck.copies;

import dev.crosscheck.model.CopiedPassage;
import dev.crosscheck.model.CopiedPassages;
import dev.crosscheck.model.Segmented;
import dev.crosscheck.model.Span;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Finds passages copied between sources. Every sentence is cut into runs of {@code runLength} normalised words;
 * an index from each run's hash to the sentences holding it yields the candidate pairs (sentences sharing a
 * run), so the work grows with the text, never with the number of sentence pairs. A candidate pair is copied
 * when the words its shared runs cover, outside quotation marks and capitalised names, reach {@code minWords}
 * on both sides and {@code minShare} of one side. Consecutive copied sentences merge into one passage.
 */
public final class CopyDetector {
  /** Measured on the seeds and ECB+ (docs/judging.md): 3-word runs, 10 shared words, half of one sentence. */
  public static final Thresholds DEFAULT = new Thresholds(3, 10, 0.5);
  /** A run in more sentences than this is a stock phrase ("one of the"), no evidence of copying. */
  static final int COMMON_RUN = 64;

  /**
   * @param runLength words per shingle
   * @param minWords shared counted words each side needs
   * @param minShare the fraction of one side's counted words that must be shared
   */
  public record Thresholds(int runLength, int minWords, double minShare) {
    public Thresholds {
      if (runLength < 1 || minWords < 1 || minShare <= 0 || minShare > 1) {
        throw new IllegalArgumentException("bad copy thresholds: " + runLength + ", " + minWords + ", " + minShare);
      }
    }
  }

  private CopyDetector() {}

  public static CopiedPassages find(List<Segmented> sources) {
    return find(sources, DEFAULT);
  }

  public static CopiedPassages find(List<Segmented> sources, Thresholds t) {
    List<Segmented> docs = sources.stream().sorted(Comparator.comparing(Segmented::id)).toList();
    // reading each source's words is independent work; the list keeps source order
    List<SentenceWords> sentences = IntStream.range(0, docs.size()).parallel().mapToObj(d -> IntStream
        .range(0, docs.get(d).sentences().size()).mapToObj(s -> SentenceWords.of(docs.get(d), d, s, t.runLength())).toList())
        .flatMap(List::stream).toList();
    RunIndex index = new RunIndex(sentences.stream().mapToInt(sw -> sw.distinctRuns.length).sum());
    for (int i = 0; i < sentences.size(); i++) {
      for (long run : sentences.get(i).distinctRuns) {
        index.add(run, i);
      }
    }
    // whether each run of each sentence is rare enough to count, looked up once, not once per candidate pair
    List<boolean[]> rare = IntStream.range(0, sentences.size()).parallel().mapToObj(i -> {
      long[] runs = sentences.get(i).runs;
      boolean[] r = new boolean[runs.length];
      for (int k = 0; k < runs.length; k++) {
        r[k] = index.count(runs[k]) <= COMMON_RUN;
      }
      return r;
    }).toList();
    // sentences come grouped by source, in order: the first sentence after each one's source
    int[] sourceEnd = new int[sentences.size()];
    for (int i = sentences.size() - 1; i >= 0; i--) {
      sourceEnd[i] = i + 1 < sentences.size() && sentences.get(i + 1).source == sentences.get(i).source
          ? sourceEnd[i + 1] : i + 1;
    }
    // each run adds at most runLength covered words, so fewer shared runs cannot reach minWords
    int minRuns = Math.max(1, (t.minWords() + t.runLength() - 1) / t.runLength());
    // each sentence's candidates are found independently (the index is only read), in chunks on all cores; the
    // chunks come back in sentence order, so the pairs are in (x, y) order
    int chunks = Math.min(sentences.size(), 64);
    ThreadLocal<int[][]> scratch = ThreadLocal.withInitial(() -> new int[][] {new int[sentences.size()], new int[sentences.size()]});
    List<long[]> found = IntStream.range(0, chunks).parallel().mapToObj(chunk -> {
      int[][] arrays = scratch.get();
      return copiedPairs(sentences, sourceEnd, rare, index, t, minRuns,
          (int) ((long) chunk * sentences.size() / chunks),
          (int) ((long) (chunk + 1) * sentences.size() / chunks), arrays[0], arrays[1]);
    }).toList();
    int count = found.stream().mapToInt(f -> f.length / 2).sum();
    long[] keys = new long[count];
    int[] shared = new int[count];
    int at = 0;
    for (long[] pairs : found) {
      for (int i = 0; i < pairs.length; i += 2, at++) {
        keys[at] = pairs[i];
        shared[at] = (int) pairs[i + 1];
      }
    }
    return new CopiedPassages(merge(docs, sentences, keys, shared, bySourcePair(sentences, keys, docs.size())));
  }

  /**
   * The pairs' positions in {@code keys} ordered by source pair, then sentence order (how consecutive copied
   * sentences are merged). {@code keys} is in (x, y) order already, so a stable sort by source pair is enough: one
   * sort of primitive (source pair, position) keys where they fit in a long, a comparator otherwise.
   */
  private static int[] bySourcePair(List<SentenceWords> sentences, long[] keys, int sourceCount) {
    int[] order = new int[keys.length];
    if ((long) sourceCount * sourceCount < Integer.MAX_VALUE) {
      long[] packed = new long[keys.length];
      for (int i = 0; i < keys.length; i++) {
        long pair = (long) sentences.get((int) (keys[i] >>> 32)).source * sourceCount + sentences.get((int) keys[i]).source;
        packed[i] = pair << 32 | i;
      }
      Arrays.parallelSort(packed);
      for (int i = 0; i < packed.length; i++) {
        order[i] = (int) packed[i];
      }
      return order;
    }
    Integer[] boxed = IntStream.range(0, keys.length).boxed().toArray(Integer[]::new);
    Arrays.sort(boxed, Comparator.<Integer>comparingInt(i -> sentences.get((int) (keys[i] >>> 32)).source)
        .thenComparingInt(i -> sentences.get((int) keys[i]).source).thenComparingInt(i -> i));
    for (int i = 0; i < boxed.length; i++) {
      order[i] = boxed[i];
    }
    return order;
  }

  /**
   * The copied pairs (x, y) with x in [from, to) and y after x, as (key, shared words) pairs. {@code sharedRuns}
   * is all zeros on entry and left so.
   */
  private static long[] copiedPairs(List<SentenceWords> sentences, int[] sourceEnd, List<boolean[]> rare, RunIndex index,
      Thresholds t, int minRuns, int from, int to, int[] sharedRuns, int[] touched) {
    long[] out = new long[16];
    int n = 0;
    for (int x = from; x < to; x++) {
      SentenceWords a = sentences.get(x);
      int candidates = 0;
      for (long run : a.distinctRuns) {
        for (int p = index.firstPostingIfAtMost(run, COMMON_RUN); p >= 0; p = index.nextPosting(p)) {
          int y = index.sentence(p);
          if (y >= sourceEnd[x] && sharedRuns[y]++ == 0) { // after x and in another source, in one comparison
            touched[candidates++] = y;
          }
        }
      }
      Arrays.sort(touched, 0, candidates);
      for (int c = 0; c < candidates; c++) {
        int y = touched[c];
        if (sharedRuns[y] >= minRuns) {
          SentenceWords b = sentences.get(y);
          int sharedA = sharedCounted(a, rare.get(x), b, t.runLength());
          int sharedB = sharedCounted(b, rare.get(y), a, t.runLength());
          double share = Math.max(sharedA / (double) Math.max(1, a.countedWords), sharedB / (double) Math.max(1, b.countedWords));
          if (Math.min(sharedA, sharedB) >= t.minWords() && share >= t.minShare()) {
            if (n + 2 > out.length) {
              out = Arrays.copyOf(out, out.length * 2);
            }
            out[n++] = ((long) x << 32) | y;
            out[n++] = Math.min(sharedA, sharedB);
          }
        }
        sharedRuns[y] = 0;
      }
    }
    return Arrays.copyOf(out, n);
  }

  private static List<CopiedPassage> merge(List<Segmented> docs, List<SentenceWords> sentences, long[] keys, int[] shared,
      int[] order) {
    List<CopiedPassage> passages = new ArrayList<>();
    // a passage of one source copied by several others is one string, not one per copy
    Map<TextAt, String> texts = new HashMap<>();
    SentenceWords[] open = null; // first in a, last in a, first in b, last in b
    int words = 0;
    for (int i : order) {
      SentenceWords a = sentences.get((int) (keys[i] >>> 32));
      SentenceWords b = sentences.get((int) keys[i]);
      if (open != null && open[1].source == a.source && open[3].source == b.source && follows(open[1], a)
          && follows(open[3], b)) {
        open[1] = a;
        open[3] = b.index > open[3].index ? b : open[3];
        words += shared[i];
        continue;
      }
      if (open != null) {
        passages.add(passage(docs, open, words, texts));
      }
      open = new SentenceWords[] {a, a, b, b};
      words = shared[i];
    }
    if (open != null) {
      passages.add(passage(docs, open, words, texts));
    }
    return passages;
  }

  /** The next sentence, or the same one (a sentence of one source split in two by the other). */
  private static boolean follows(SentenceWords last, SentenceWords next) {
    return next.index == last.index || next.index == last.index + 1;
  }

  private static CopiedPassage passage(List<Segmented> docs, SentenceWords[] open, int words, Map<TextAt, String> texts) {
    Segmented a = docs.get(open[0].source);
    Span spanA = new Span(open[0].sentence.start(), open[1].sentence.end());
    Span spanB = new Span(open[2].sentence.start(), open[3].sentence.end());
    Segmented b = docs.get(open[2].source);
    String textA = texts.computeIfAbsent(new TextAt(open[0].source, spanA), k -> spanA.of(a.text()));
    String textB = texts.computeIfAbsent(new TextAt(open[2].source, spanB), k -> spanB.of(b.text()));
    return new CopiedPassage(a.id(), spanA, b.id(), spanB, words, textA, textB);
  }

  /** Where a passage's text stands: a source and a span in it. */
  private record TextAt(int source, Span span) {}

  /** How many of {@code a}'s counted words lie in a run {@code b} also has. */
  private static int sharedCounted(SentenceWords a, boolean[] rareInA, SentenceWords b, int runLength) {
    boolean[] covered = new boolean[a.counted.length];
    for (int i = 0; i < a.runs.length; i++) {
      if (rareInA[i] && b.holds(a.runs[i])) {
        for (int w = i; w < i + runLength; w++) {
          covered[w] = true;
        }
      }
    }
    int n = 0;
    for (int w = 0; w < covered.length; w++) {
      n += covered[w] && a.counted[w] ? 1 : 0;
    }
    return n;
  }
}
