/**
 * What every request passes through whatever its route: the correlation id, the body-size and
 * content-type checks, problem+json for every error the gateway answers itself, and the {@link
 * dev.eventline.gateway.web.AuditTrail} line of every request it refuses.
 */
@NullMarked
package dev.eventline.gateway.web;

import org.jspecify.annotations.NullMarked;
