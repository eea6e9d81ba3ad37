/**
 * What every request passes through whatever its route: the correlation id, the body-size and
 * content-type checks, and problem+json for every error the gateway answers itself.
 */
@NullMarked
package dev.eventline.gateway.web;

import org.jspecify.annotations.NullMarked;
