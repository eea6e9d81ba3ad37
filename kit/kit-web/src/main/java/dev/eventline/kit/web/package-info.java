/**
 * The HTTP side every Eventline service shares: bearer JWT validation against the Eventline issuer,
 * errors as RFC 9457 problem+json, and the {@code X-Correlation-ID} of each request. A service gets
 * all of it by depending on {@code kit-web}; see {@link
 * dev.eventline.kit.web.EventlineWebAutoConfiguration}.
 */
@NullMarked
package dev.eventline.kit.web;

import org.jspecify.annotations.NullMarked;
