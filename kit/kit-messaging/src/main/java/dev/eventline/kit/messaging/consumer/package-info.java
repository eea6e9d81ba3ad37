/**
 * Consuming events safely: each record is decoded and its signature verified before the handler
 * sees it; transient failures are retried with exponential backoff; anything that can never succeed
 * goes to the dead-letter topic at once, so one bad record never holds up the ones behind it.
 */
package dev.eventline.kit.messaging.consumer;
