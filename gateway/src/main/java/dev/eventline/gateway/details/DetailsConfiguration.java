package dev.eventline.gateway.details;

import static org.springframework.web.reactive.function.server.RequestPredicates.GET;

import dev.eventline.gateway.GatewayProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * {@code GET /api/orders/{id}/details}, answered by the gateway itself. Router functions are
 * matched before the gateway's routes, so this path does not go on to the order service.
 */
@Configuration(proxyBeanMethods = false)
public class DetailsConfiguration {

  @Bean
  RouterFunction<ServerResponse> eventlineOrderDetails(GatewayProperties properties) {
    OrderDetailsHandler handler = new OrderDetailsHandler(new ServiceCalls(properties));
    return RouterFunctions.route(GET("/api/orders/{id}/details"), handler::details);
  }
}
