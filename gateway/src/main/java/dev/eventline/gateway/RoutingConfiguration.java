package dev.eventline.gateway;

import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.cloud.gateway.route.builder.RouteLocatorBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Which service answers which path. The route ids ({@code orders}, {@code payments}, {@code
 * inventory}) are the {@code routeId} tag of the per-route metrics. Headers, {@code Authorization}
 * included, go on as they came: every service checks the token again.
 */
@Configuration(proxyBeanMethods = false)
class RoutingConfiguration {

  @Bean
  RouteLocator eventlineRoutes(RouteLocatorBuilder routes, GatewayProperties properties) {
    GatewayProperties.Services services = properties.services();
    return routes
        .routes()
        .route(
            "orders",
            route ->
                route
                    .path("/api/orders/**", "/api/admin/sagas/**", "/api/admin/dead-letters/**")
                    .uri(services.orders()))
        .route(
            "payments",
            route ->
                route
                    .path("/api/wallet/**", "/api/admin/payments/**", "/api/admin/wallets/**")
                    .uri(services.payments()))
        .route(
            "inventory",
            route ->
                route
                    .path("/api/products/**", "/api/reservations/**", "/api/admin/products/**")
                    .uri(services.inventory()))
        .build();
  }
}
