package dev.crosscheck.copies;

import java.util.Arrays;

/**
 * The inverted index from a word run's hash to the sentences holding it: open addressing over primitive arrays,
 * postings chained through arrays, so indexing millions of runs makes no object per run.
 */
final class RunIndex {
  private long[] keys;
  private int[] head; // the last posting of each key, -1 for an empty slot
  private int[] size;
  private int[] sentenceOf;
  private int[] next;
  private int postings;
  private int used;

  /** @param expectedRuns how many postings will be added: the posting arrays are made that size at once */
  RunIndex(int expectedRuns) {
    sentenceOf = new int[Math.max(16, expectedRuns)];
    next = new int[sentenceOf.length];
    // sized for a quarter of the postings being distinct runs (copies share most): it grows if more are
    int capacity = Integer.highestOneBit(Math.max(16, expectedRuns / 2 - 1)) << 1;
    keys = new long[capacity];
    head = new int[capacity];
    size = new int[capacity];
    Arrays.fill(head, -1);
  }

  /** Records that {@code sentence} holds {@code run}; each sentence adds each of its runs once. */
  void add(long run, int sentence) {
    if (used * 2 >= keys.length) {
      grow();
    }
    int slot = slot(run);
    if (head[slot] < 0) {
      keys[slot] = run;
      used++;
    }
    if (postings == sentenceOf.length) {
      sentenceOf = Arrays.copyOf(sentenceOf, postings * 2);
      next = Arrays.copyOf(next, postings * 2);
    }
    sentenceOf[postings] = sentence;
    next[postings] = head[slot];
    head[slot] = postings++;
    size[slot]++;
  }

  /** How many sentences hold {@code run}. */
  int count(long run) {
    int slot = slot(run);
    return head[slot] < 0 ? 0 : size[slot];
  }

  /** The first posting of {@code run} when at most {@code max} sentences hold it, else -1: one probe for both. */
  int firstPostingIfAtMost(long run, int max) {
    int slot = slot(run);
    return head[slot] < 0 || size[slot] > max ? -1 : head[slot];
  }

  /** The first posting of {@code run} (latest sentence first), or -1; walk on with {@link #nextPosting}. */
  int firstPosting(long run) {
    return head[slot(run)];
  }

  int nextPosting(int posting) {
    return next[posting];
  }

  int sentence(int posting) {
    return sentenceOf[posting];
  }

  private int slot(long run) {
    int mask = keys.length - 1;
    int slot = (int) (run ^ (run >>> 32)) & mask;
    while (head[slot] >= 0 && keys[slot] != run) {
      slot = (slot + 1) & mask;
    }
    return slot;
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldHead = head;
    int[] oldSize = size;
    keys = new long[oldKeys.length * 2];
    head = new int[oldKeys.length * 2];
    size = new int[oldKeys.length * 2];
    Arrays.fill(head, -1);
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldHead[i] >= 0) {
        int slot = slot(oldKeys[i]);
        keys[slot] = oldKeys[i];
        head[slot] = oldHead[i];
        size[slot] = oldSize[i];
      }
    }
  }
}
