/**
 * Test support for a service's HTTP API: {@link dev.eventline.kit.test.web.FuzzedRequest} turns a
 * fuzzer's bytes into a request (headers, then a body) for the fuzz tests of the services.
 */
package dev.eventline.kit.test.web;
