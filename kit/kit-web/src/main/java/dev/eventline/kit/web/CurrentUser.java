package dev.eventline.kit.web;

import java.util.Set;

/**
 * The authenticated caller, as a controller parameter: {@code @GetMapping("/api/wallet") Wallet
 * wallet(CurrentUser user)}. A request without a valid token never reaches the controller.
 *
 * @param id the user id, the token's {@code sub}
 * @param roles the token's {@code roles}, e.g. {@code user} and {@code admin}
 */
public record CurrentUser(String id, Set<String> roles) {
  public CurrentUser {
    roles = Set.copyOf(roles);
  }

  public boolean isAdmin() {
    return roles.contains("admin");
  }
}
