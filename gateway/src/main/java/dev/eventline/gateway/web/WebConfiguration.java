package dev.eventline.gateway.web;

import dev.eventline.gateway.GatewayProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The checks every request passes through, in the order {@link FilterOrder} describes. */
@Configuration(proxyBeanMethods = false)
public class WebConfiguration {

  @Bean
  CorrelationIdFilter eventlineCorrelationIdFilter() {
    return new CorrelationIdFilter();
  }

  @Bean
  DeclaredBodySizeFilter eventlineDeclaredBodySizeFilter(GatewayProperties properties) {
    return new DeclaredBodySizeFilter(properties.maxBodySize());
  }

  @Bean
  JsonContentTypeFilter eventlineJsonContentTypeFilter() {
    return new JsonContentTypeFilter();
  }

  @Bean
  ChunkedBodyLimitFilter eventlineChunkedBodyLimitFilter(GatewayProperties properties) {
    return new ChunkedBodyLimitFilter(properties.maxBodySize());
  }

  @Bean
  ProblemExceptionHandler eventlineProblemExceptionHandler() {
    return new ProblemExceptionHandler();
  }
}
