package dev.crosscheck.resolve;

import dev.crosscheck.model.Claim;
import dev.crosscheck.model.Entity;
import java.util.List;

/** What resolution produces: the claims with entity ids, and the entities (sorted by id) they refer to. */
public record Resolution(List<Claim> claims, List<Entity> entities) {
  public Resolution {
    claims = List.copyOf(claims);
    entities = List.copyOf(entities);
  }
}
