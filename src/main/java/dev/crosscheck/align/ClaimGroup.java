package dev.crosscheck.align;

import dev.crosscheck.model.Claim;
import java.util.List;

/** Claims about the same thing: same kind, same entity, same slot. */
public record ClaimGroup(String kind, String entity, String slot, List<Claim> claims) {
  public ClaimGroup {
    claims = List.copyOf(claims);
    if (claims.isEmpty()) {
      throw new IllegalArgumentException("empty claim group " + kind + "|" + entity + "|" + slot);
    }
  }

  /** The groups of one claim kind, in the order given: what a rule that judges that kind reads. */
  public static List<ClaimGroup> ofKind(List<ClaimGroup> groups, String kind) {
    return groups.stream().filter(g -> g.kind().equals(kind)).toList();
  }

  /** The number of distinct sources among the claims. */
  public long sourceCount() {
    return claims.stream().map(Claim::source).distinct().count();
  }
}
