/** Bearer JWT validation (RS256 against the configured issuer key) and the admin rule. */
@NullMarked
package dev.eventline.gateway.security;

import org.jspecify.annotations.NullMarked;
