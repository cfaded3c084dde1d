package dev.crosscheck.resolve;

import dev.crosscheck.model.Claim;
import dev.crosscheck.model.Entity;
import java.util.List;

/**
 * What resolution produces: the claims with entity ids, the entities (sorted by id) they refer to, and each
 * article's mentions (in the articles' order), which a later run may reuse for an unchanged source.
 */
public record Resolution(List<Claim> claims, List<Entity> entities, List<List<Mention>> mentions) {
  public Resolution {
    claims = List.copyOf(claims);
    entities = List.copyOf(entities);
    mentions = mentions.stream().map(List::copyOf).toList();
  }
}
