package dev.crosscheck.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One thing a source says, in a form that can be compared with what other sources say.
 *
 * <p>Claims are compared only with claims in the same slot: same {@code kind}, same {@code entity}, same
 * {@code slot}. What is compared is {@code value}. Everything else a rule may need (attribution,
 * jurisdiction, the trace of a normalisation) is in {@code attributes}, sorted so output is stable.
 *
 * @param id stable within a source: derived from the claim's facts and its order, never from offsets
 * @param kind the claim kind, e.g. {@code role} or {@code quote}
 * @param subject who or what the claim is about, as the source wrote it ("Trump", "Carney's office")
 * @param entity the subject's entity id after resolution ("person:donald-trump"); its name key before
 * @param slot what about the entity is claimed ("prime minister" for a role claim)
 * @param value the normalised value compared ("current", "former", the words of a quote)
 */
@JsonPropertyOrder({"id", "kind", "source", "evidence", "start", "end", "subject", "entity", "slot", "value", "attributes",
    "selector"})
public record Claim(
    String id,
    String kind,
    String source,
    @JsonIgnore Evidence evidence,
    String subject,
    String entity,
    String slot,
    String value,
    Map<String, String> attributes) {

  public Claim {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(evidence, "evidence");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(entity, "entity");
    Objects.requireNonNull(slot, "slot");
    Objects.requireNonNull(value, "value");
    if (!source.equals(evidence.source())) {
      throw new IllegalArgumentException("claim " + id + " of " + source + " cites evidence from " + evidence.source());
    }
    // an immutable sorted copy, which a claim made from another claim's attributes shares instead of copying again
    // (a 10,000-article check holds two claims per claim: as extracted, for the cache, and as resolved)
    attributes = com.google.common.collect.ImmutableSortedMap.copyOf(attributes);
  }

  /** Reads a claim back from a claims file, where its evidence is written flat. */
  @JsonCreator
  static Claim fromJson(@JsonProperty("id") String id, @JsonProperty("kind") String kind,
      @JsonProperty("source") String source, @JsonProperty("evidence") String evidence,
      @JsonProperty("start") int start, @JsonProperty("end") int end, @JsonProperty("subject") String subject,
      @JsonProperty("entity") String entity, @JsonProperty("slot") String slot, @JsonProperty("value") String value,
      @JsonProperty("attributes") Map<String, String> attributes,
      @JsonProperty("selector") java.util.List<Map<String, Object>> selector) {
    String prefix = "";
    String suffix = "";
    for (Map<String, Object> s : selector == null ? java.util.List.<Map<String, Object>>of() : selector) {
      if ("TextQuoteSelector".equals(s.get("type"))) {
        prefix = String.valueOf(s.getOrDefault("prefix", ""));
        suffix = String.valueOf(s.getOrDefault("suffix", ""));
      }
    }
    return new Claim(id, kind, source, new Evidence(source, start, end, evidence, prefix, suffix), subject, entity,
        slot, value, attributes == null ? Map.of() : attributes);
  }

  /** Where the evidence stands, as W3C Web Annotation selectors (position, and quote with its context). */
  @JsonProperty("selector")
  public java.util.List<Selector> selector() {
    return evidence.selectors();
  }

  /** The exact text of the evidence, as it stands in the cleaned text (written flat in claims files). */
  @JsonProperty("evidence")
  public String evidenceText() {
    return evidence.text();
  }

  /** Where the evidence starts in the source's cleaned text. */
  @JsonProperty("start")
  public int start() {
    return evidence.start();
  }

  /** Where the evidence ends in the source's cleaned text (exclusive). */
  @JsonProperty("end")
  public int end() {
    return evidence.end();
  }

  /** The alignment key: claims with equal keys are about the same thing. */
  public String key() {
    return kind + "|" + entity + "|" + slot;
  }

  public String attribute(String name) {
    return attributes.getOrDefault(name, "");
  }

  public Claim withEntity(String newEntity) {
    return new Claim(id, kind, source, evidence, subject, newEntity, slot, value, attributes);
  }

  public Claim withSlot(String newSlot) {
    return new Claim(id, kind, source, evidence, subject, entity, newSlot, value, attributes);
  }

  /** The claim with one attribute set (added or replaced). */
  public Claim withAttribute(String name, String newValue) {
    Map<String, String> changed = new TreeMap<>(attributes);
    changed.put(name, newValue);
    return new Claim(id, kind, source, evidence, subject, entity, slot, value, changed);
  }

  public Claim withId(String newId) {
    return new Claim(newId, kind, source, evidence, subject, entity, slot, value, attributes);
  }
}
