package dev.eventline.kit.web;

import dev.eventline.kit.audit.AuditLog;
import dev.eventline.kit.audit.Slf4jAuditLog;
import jakarta.servlet.DispatcherType;
import java.time.Clock;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * What every Eventline service gets from {@code kit-web}: JWT security ({@link
 * ApiSecurityConfiguration}), problem+json errors, strict JSON bodies, the body-size limit,
 * correlation ids, and an audit record for every 401, 403, 413 and admin action, in the
 * application's {@link AuditLog} bean (the starter's table) or else on the {@code eventline.audit}
 * logger only. Runs before Spring Boot's security and error auto-configurations, which then back
 * off.
 */
@AutoConfiguration(
    beforeName = {
      "org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration",
      "org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration",
      "org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration",
      "org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration",
      "org.springframework.boot.security.oauth2.server.resource.autoconfigure.OAuth2ResourceServerAutoConfiguration",
      "org.springframework.boot.security.oauth2.server.resource.autoconfigure.web.OAuth2ResourceServerWebSecurityAutoConfiguration",
      "org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration",
      "org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration"
    })
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(EventlineWebProperties.class)
@Import(ApiSecurityConfiguration.class)
public class EventlineWebAutoConfiguration {

  @Bean
  FilterRegistrationBean<CorrelationIdFilter> eventlineCorrelationIdFilter() {
    FilterRegistrationBean<CorrelationIdFilter> registration =
        new FilterRegistrationBean<>(new CorrelationIdFilter());
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    registration.setDispatcherTypes(
        DispatcherType.REQUEST, DispatcherType.ERROR, DispatcherType.ASYNC);
    return registration;
  }

  @Bean
  RequestAudit eventlineRequestAudit(ObjectProvider<AuditLog> auditLog) {
    return new RequestAudit(auditLog.getIfAvailable(Slf4jAuditLog::new), Clock.systemUTC());
  }

  @Bean
  FilterRegistrationBean<BodySizeLimitFilter> eventlineBodySizeLimitFilter(
      EventlineWebProperties properties, RequestAudit eventlineRequestAudit) {
    FilterRegistrationBean<BodySizeLimitFilter> registration =
        new FilterRegistrationBean<>(
            new BodySizeLimitFilter(properties.maxBodySize(), eventlineRequestAudit));
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
    return registration;
  }

  @Bean
  FilterRegistrationBean<AcceptHeaderFilter> eventlineAcceptHeaderFilter() {
    FilterRegistrationBean<AcceptHeaderFilter> registration =
        new FilterRegistrationBean<>(new AcceptHeaderFilter());
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
    return registration;
  }

  @Bean
  FilterRegistrationBean<AdminActionAuditFilter> eventlineAdminActionAuditFilter(
      RequestAudit eventlineRequestAudit) {
    FilterRegistrationBean<AdminActionAuditFilter> registration =
        new FilterRegistrationBean<>(new AdminActionAuditFilter(eventlineRequestAudit));
    // After Spring Security's filters (spring.security.filter.order, -100 by default): the caller
    // is known, and a request security refused never gets here.
    registration.setOrder(0);
    return registration;
  }

  @Bean
  @ConditionalOnMissingBean(ResponseEntityExceptionHandler.class)
  ProblemHandler eventlineProblemHandler() {
    return new ProblemHandler();
  }

  @Bean
  @ConditionalOnMissingBean(ErrorController.class)
  ProblemErrorController eventlineErrorController() {
    return new ProblemErrorController();
  }

  @Bean
  StrictJsonBodies eventlineStrictJsonBodies() {
    return new StrictJsonBodies();
  }

  @Bean
  WebMvcConfigurer eventlineCurrentUser() {
    return new WebMvcConfigurer() {
      @Override
      public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new CurrentUserArgumentResolver());
      }
    };
  }
}
