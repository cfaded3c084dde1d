package dev.crosscheck.judge;

import dev.crosscheck.align.ClaimGroup;
import dev.crosscheck.model.Finding;
import java.util.List;

/**
 * One way of judging aligned claims. A rule reads the groups of the claim kinds it knows and returns its
 * findings; a new rule is a new implementation listed in {@link Judge#RULES}. Rules are pure.
 */
public interface Rule {
  /** The id findings carry in their {@code rule} field, e.g. {@code role-status}. */
  String id();

  List<Finding> judge(List<ClaimGroup> groups);
}
