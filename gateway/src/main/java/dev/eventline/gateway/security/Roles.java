package dev.eventline.gateway.security;

import org.springframework.security.core.Authentication;

/** The roles of the token's {@code roles} claim, as Spring Security authorities. */
public final class Roles {
  /** The claim that lists a user's roles, e.g. {@code ["user","admin"]}. */
  static final String CLAIM = "roles";

  static final String ADMIN = "admin";

  private Roles() {}

  /** Whether the caller holds the {@code admin} role. */
  public static boolean isAdmin(Authentication caller) {
    return caller.getAuthorities().stream()
        .anyMatch(authority -> ("ROLE_" + ADMIN).equals(authority.getAuthority()));
  }
}
