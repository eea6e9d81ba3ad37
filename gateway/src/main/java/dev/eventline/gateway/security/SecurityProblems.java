package dev.eventline.gateway.security;

import dev.eventline.gateway.web.AuditTrail;
import dev.eventline.gateway.web.Problems;
import dev.eventline.kit.audit.AuditAction;
import dev.eventline.kit.audit.AuditRecord;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Answers 401 and 403 as problem+json, with the {@code WWW-Authenticate} header of RFC 6750, and
 * records each in the {@link AuditTrail}: a 401 by {@code anonymous} with the check that failed, a
 * 403 by the token's {@code sub} with its roles. The body says what is missing, never why a given
 * token failed, and nothing here logs the token.
 */
final class SecurityProblems implements ServerAuthenticationEntryPoint, ServerAccessDeniedHandler {
  private static final Logger log = LoggerFactory.getLogger(SecurityProblems.class);

  @Override
  public Mono<Void> commence(ServerWebExchange exchange, AuthenticationException failure) {
    // Messages of Spring's JWT exceptions name the failed check, not the token.
    log.debug("401 for {}: {}", exchange.getRequest().getPath(), failure.getMessage());
    boolean invalid = failure instanceof InvalidBearerTokenException;
    AuditTrail.denied(
        exchange,
        AuditRecord.ANONYMOUS,
        AuditAction.AUTHENTICATION,
        invalid ? "invalid bearer token: " + failure.getMessage() : "no bearer token");
    exchange
        .getResponse()
        .getHeaders()
        .set(HttpHeaders.WWW_AUTHENTICATE, invalid ? "Bearer error=\"invalid_token\"" : "Bearer");
    return Problems.write(
        exchange,
        HttpStatus.UNAUTHORIZED,
        invalid ? "The bearer token is not valid." : "A valid bearer token is required.");
  }

  @Override
  public Mono<Void> handle(ServerWebExchange exchange, AccessDeniedException denial) {
    log.debug("403 for {}", exchange.getRequest().getPath());
    return exchange
        .getPrincipal()
        .doOnNext(
            caller ->
                AuditTrail.denied(
                    exchange,
                    caller.getName(),
                    AuditAction.AUTHORIZATION,
                    "the caller's roles " + roles(caller) + " do not allow this route"))
        .switchIfEmpty(
            Mono.fromRunnable(
                () ->
                    AuditTrail.denied(
                        exchange,
                        AuditRecord.ANONYMOUS,
                        AuditAction.AUTHORIZATION,
                        "no caller may use this route")))
        .then(
            Mono.defer(
                () -> {
                  exchange
                      .getResponse()
                      .getHeaders()
                      .set(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"insufficient_scope\"");
                  return Problems.write(
                      exchange, HttpStatus.FORBIDDEN, "The caller may not use this resource.");
                }));
  }

  private static TreeSet<String> roles(Object caller) {
    TreeSet<String> roles = new TreeSet<>();
    if (caller instanceof Authentication authentication) {
      for (GrantedAuthority authority : authentication.getAuthorities()) {
        String name = authority.getAuthority();
        if (name != null && name.startsWith("ROLE_")) {
          roles.add(name.substring("ROLE_".length()));
        }
      }
    }
    return roles;
  }
}
