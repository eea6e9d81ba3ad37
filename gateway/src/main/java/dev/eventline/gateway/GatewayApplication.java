package dev.eventline.gateway;

import dev.eventline.gateway.details.DetailsConfiguration;
import dev.eventline.gateway.ratelimit.RateLimitConfiguration;
import dev.eventline.gateway.security.SecurityConfiguration;
import dev.eventline.gateway.web.WebConfiguration;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Import;

/**
 * The gateway: the one HTTP entrance of the order system. Each concern is a package with one
 * configuration, imported here rather than scanned.
 */
@SpringBootConfiguration(proxyBeanMethods = false)
@EnableAutoConfiguration
@EnableConfigurationProperties(GatewayProperties.class)
@Import({
  RoutingConfiguration.class,
  WebConfiguration.class,
  SecurityConfiguration.class,
  RateLimitConfiguration.class,
  DetailsConfiguration.class
})
public class GatewayApplication {
  public static void main(String[] args) {
    SpringApplication.run(GatewayApplication.class, args);
  }
}
