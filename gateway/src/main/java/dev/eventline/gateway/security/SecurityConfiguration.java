package dev.eventline.gateway.security;

import dev.eventline.gateway.GatewayProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ResourceLoader;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.oauth2.server.resource.authentication.ReactiveJwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.ReactiveJwtGrantedAuthoritiesConverterAdapter;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;

/**
 * A stateless resource server: {@code /api/**} needs a valid bearer JWT, {@code /api/admin/**} the
 * {@code admin} role, health and Prometheus are open, and nothing else is served.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
public class SecurityConfiguration {

  @Bean
  ReactiveJwtDecoder eventlineJwtDecoder(GatewayProperties properties, ResourceLoader resources) {
    return IssuerKeys.decoder(properties.jwt(), resources);
  }

  @Bean
  SecurityWebFilterChain eventlineGatewaySecurity(
      ServerHttpSecurity http, ReactiveJwtDecoder decoder) {
    SecurityProblems problems = new SecurityProblems();
    return http.csrf(ServerHttpSecurity.CsrfSpec::disable)
        .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
        .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
        .logout(ServerHttpSecurity.LogoutSpec::disable)
        .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
        .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
        .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
        .oauth2ResourceServer(
            server ->
                server
                    .jwt(jwt -> jwt.jwtDecoder(decoder).jwtAuthenticationConverter(roles()))
                    .authenticationEntryPoint(problems)
                    .accessDeniedHandler(problems))
        .authorizeExchange(
            rules ->
                rules
                    .pathMatchers("/actuator/health", "/actuator/health/**", "/actuator/prometheus")
                    .permitAll()
                    .pathMatchers("/api/admin/**")
                    .hasRole(Roles.ADMIN)
                    .anyExchange()
                    .authenticated())
        .build();
  }

  private static ReactiveJwtAuthenticationConverter roles() {
    JwtGrantedAuthoritiesConverter roles = new JwtGrantedAuthoritiesConverter();
    roles.setAuthoritiesClaimName(Roles.CLAIM);
    roles.setAuthorityPrefix("ROLE_");
    ReactiveJwtAuthenticationConverter converter = new ReactiveJwtAuthenticationConverter();
    converter.setJwtGrantedAuthoritiesConverter(
        new ReactiveJwtGrantedAuthoritiesConverterAdapter(roles));
    return converter;
  }
}
