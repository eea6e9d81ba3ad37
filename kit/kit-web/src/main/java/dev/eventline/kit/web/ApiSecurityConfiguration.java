package dev.eventline.kit.web;

import jakarta.servlet.DispatcherType;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ResourceLoader;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.web.SecurityFilterChain;

/**
 * A stateless resource server: every {@code /api/**} request needs a valid bearer JWT, {@code
 * /api/admin/**} the {@code admin} role, {@code /actuator/health} is open. Every 401 and 403 is an
 * audit record (see {@link SecurityProblems}). A service replaces any bean here by declaring its
 * own, or adds rules through {@link AccessRules}; its own {@code SecurityFilterChain} answers and
 * audits 401s and 403s as it chooses.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class ApiSecurityConfiguration {
  static final String ROLES_CLAIM = "roles";

  @Bean
  @ConditionalOnMissingBean
  JwtDecoder eventlineJwtDecoder(EventlineWebProperties properties, ResourceLoader resources) {
    return IssuerKeys.decoder(properties.jwt(), resources);
  }

  @Bean
  @ConditionalOnMissingBean
  JwtAuthenticationConverter eventlineJwtAuthenticationConverter() {
    JwtGrantedAuthoritiesConverter roles = new JwtGrantedAuthoritiesConverter();
    roles.setAuthoritiesClaimName(ROLES_CLAIM);
    roles.setAuthorityPrefix("ROLE_");
    JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
    converter.setJwtGrantedAuthoritiesConverter(roles);
    return converter;
  }

  @Bean
  @ConditionalOnMissingBean(SecurityFilterChain.class)
  SecurityFilterChain eventlineApiSecurity(
      HttpSecurity http,
      JwtAuthenticationConverter tokens,
      ObjectProvider<AccessRules> serviceRules,
      RequestAudit eventlineRequestAudit) {
    SecurityProblems problems = new SecurityProblems(eventlineRequestAudit);
    return http.csrf(csrf -> csrf.disable())
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .requestCache(cache -> cache.disable())
        .httpBasic(basic -> basic.disable())
        .formLogin(form -> form.disable())
        .logout(logout -> logout.disable())
        .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
        .oauth2ResourceServer(
            server ->
                server
                    .jwt(jwt -> jwt.jwtAuthenticationConverter(tokens))
                    .authenticationEntryPoint(problems)
                    .accessDeniedHandler(problems))
        .authorizeHttpRequests(
            rules -> {
              // The error page only renders the status of a request that was already checked.
              rules.dispatcherTypeMatchers(DispatcherType.ERROR).permitAll();
              serviceRules.orderedStream().forEach(service -> service.configure(rules));
              rules
                  .requestMatchers(
                      "/actuator/health", "/actuator/health/**", "/actuator/prometheus")
                  .permitAll()
                  .requestMatchers(AdminActionAuditFilter.ADMIN_PATHS)
                  .hasRole("admin")
                  .anyRequest()
                  .authenticated();
            })
        .build();
  }
}
