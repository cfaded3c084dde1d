package dev.crosscheck.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.crosscheck.model.Claim;
import dev.crosscheck.model.Evidence;
import dev.crosscheck.report.ClaimsFile;
import dev.crosscheck.report.ExpressionJson;
import dev.crosscheck.report.Json;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Claims and normalised expressions as the binary caches hold them. An expression read back is written to a
 * claims file byte for byte as the one it was made from: its numbers plain, its interval's fields in their order.
 */
final class ClaimFields {
  private static final JsonNodeFactory NODES = Json.MAPPER.getNodeFactory();

  private ClaimFields() {}

  static void claimsFile(DataOutputStream out, ClaimsFile f) throws IOException {
    BinaryFields.string(out, f.schema());
    BinaryFields.string(out, f.source());
    BinaryFields.string(out, f.extractor());
    BinaryFields.string(out, f.contentHash());
    claims(out, f.claims());
    expressions(out, f.expressions());
  }

  static ClaimsFile claimsFile(DataInputStream in) throws IOException {
    String schema = BinaryFields.string(in);
    String source = BinaryFields.string(in);
    String extractor = BinaryFields.string(in);
    String hash = BinaryFields.string(in);
    return new ClaimsFile(schema, source, extractor, hash, claims(in), expressions(in));
  }

  static void claims(DataOutputStream out, List<Claim> claims) throws IOException {
    out.writeInt(claims.size());
    for (Claim c : claims) {
      BinaryFields.string(out, c.id());
      BinaryFields.string(out, c.kind());
      BinaryFields.string(out, c.source());
      Evidence e = c.evidence();
      out.writeInt(e.start());
      out.writeInt(e.end());
      BinaryFields.string(out, e.text());
      BinaryFields.string(out, e.prefix());
      BinaryFields.string(out, e.suffix());
      BinaryFields.string(out, c.subject());
      BinaryFields.string(out, c.entity());
      BinaryFields.string(out, c.slot());
      BinaryFields.string(out, c.value());
      out.writeInt(c.attributes().size());
      for (Map.Entry<String, String> a : c.attributes().entrySet()) {
        BinaryFields.string(out, a.getKey());
        BinaryFields.string(out, a.getValue());
      }
    }
  }

  static List<Claim> claims(DataInputStream in) throws IOException {
    List<Claim> claims = new ArrayList<>();
    for (int n = in.readInt(); n > 0; n--) {
      String id = BinaryFields.string(in);
      String kind = BinaryFields.string(in);
      String claimSource = BinaryFields.string(in);
      Evidence evidence = new Evidence(claimSource, in.readInt(), in.readInt(), BinaryFields.string(in), BinaryFields.string(in),
          BinaryFields.string(in));
      String subject = BinaryFields.string(in);
      String entity = BinaryFields.string(in);
      String slot = BinaryFields.string(in);
      String value = BinaryFields.string(in);
      Map<String, String> attributes = new TreeMap<>();
      for (int a = in.readInt(); a > 0; a--) {
        attributes.put(BinaryFields.string(in), BinaryFields.string(in));
      }
      claims.add(new Claim(id, kind, claimSource, evidence, subject, entity, slot, value, attributes));
    }
    return claims;
  }

  static void expressions(DataOutputStream out, List<ExpressionJson> expressions) throws IOException {
    out.writeInt(expressions.size());
    for (ExpressionJson x : expressions) {
      BinaryFields.string(out, x.text());
      out.writeInt(x.start());
      out.writeInt(x.end());
      BinaryFields.string(out, x.type());
      if (x.value() instanceof String s) {
        out.writeByte(0);
        BinaryFields.string(out, s);
      } else {
        out.writeByte(1);
        BinaryFields.string(out, plain(x.value()));
      }
      BinaryFields.nullable(out, x.unit());
      BinaryFields.nullable(out, x.currency());
      interval(out, x.interval() == null ? null : x.interval() instanceof JsonNode n ? n : Json.MAPPER.valueToTree(x.interval()));
      BinaryFields.string(out, x.trace().rule());
      BinaryFields.nullable(out, x.trace().anchor());
    }
  }

  static List<ExpressionJson> expressions(DataInputStream in) throws IOException {
    List<ExpressionJson> expressions = new ArrayList<>();
    for (int n = in.readInt(); n > 0; n--) {
      String text = BinaryFields.string(in);
      int start = in.readInt();
      int end = in.readInt();
      String type = BinaryFields.string(in);
      Object value = in.readByte() == 0 ? BinaryFields.string(in) : new BigDecimal(BinaryFields.string(in));
      expressions.add(new ExpressionJson(text, start, end, type, value, BinaryFields.nullable(in), BinaryFields.nullable(in),
          interval(in), new ExpressionJson.TraceJson(BinaryFields.string(in), BinaryFields.nullable(in))));
    }
    return expressions;
  }

  /** A number as written in a claims file (plain, never in exponent form). */
  private static String plain(@Nullable Object n) {
    if (n instanceof BigDecimal d) {
      return d.toPlainString();
    }
    if (n instanceof Integer || n instanceof Long || n instanceof BigInteger) {
      return n.toString();
    }
    throw new IllegalArgumentException("not a value of a claims file: " + n);
  }

  // An interval is a flat object of strings, numbers, booleans and nulls, kept in its field order.
  private static void interval(DataOutputStream out, @Nullable JsonNode node) throws IOException {
    if (node == null || node.isNull()) {
      out.writeInt(-1);
      return;
    }
    if (!node.isObject()) {
      throw new IllegalArgumentException("not an interval: " + node);
    }
    out.writeInt(node.size());
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> field = it.next();
      BinaryFields.string(out, field.getKey());
      JsonNode v = field.getValue();
      if (v.isTextual()) {
        out.writeByte(0);
        BinaryFields.string(out, v.textValue());
      } else if (v.isNumber()) {
        out.writeByte(1);
        BinaryFields.string(out, plain(v.numberValue() instanceof BigDecimal d ? d : v.bigIntegerValue()));
      } else if (v.isBoolean()) {
        out.writeByte(v.booleanValue() ? 2 : 3);
      } else if (v.isNull()) {
        out.writeByte(4);
      } else {
        throw new IllegalArgumentException("not a flat interval: " + node);
      }
    }
  }

  private static @Nullable JsonNode interval(DataInputStream in) throws IOException {
    int fields = in.readInt();
    if (fields < 0) {
      return null;
    }
    ObjectNode node = NODES.objectNode();
    for (int i = 0; i < fields; i++) {
      String name = BinaryFields.string(in);
      switch (in.readByte()) {
        case 0 -> node.put(name, BinaryFields.string(in));
        case 1 -> node.put(name, new BigDecimal(BinaryFields.string(in)));
        case 2 -> node.put(name, true);
        case 3 -> node.put(name, false);
        case 4 -> node.putNull(name);
        default -> throw new IOException("bad interval field " + name);
      }
    }
    return node;
  }
}
