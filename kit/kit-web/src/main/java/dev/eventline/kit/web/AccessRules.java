package dev.eventline.kit.web;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * A service's own authorization rules, checked before the kit's defaults ({@code /actuator/health}
 * open, {@code /api/admin/**} for admins, everything else authenticated). Declare it as a bean:
 *
 * <pre>{@code
 * @Bean
 * AccessRules publicCatalogue() {
 *   return rules -> rules.requestMatchers(HttpMethod.GET, "/api/products/**").permitAll();
 * }
 * }</pre>
 */
@FunctionalInterface
public interface AccessRules {
  void configure(
      AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry
          rules);
}
