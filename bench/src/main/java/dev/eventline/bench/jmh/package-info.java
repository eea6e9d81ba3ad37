/**
 * JMH benchmarks of the hot paths every event and every saga step goes through, in memory: the
 * envelope ({@link dev.eventline.bench.jmh.EnvelopeBenchmark}), Ed25519 signatures ({@link
 * dev.eventline.bench.jmh.SignatureBenchmark}) and one saga transition ({@link
 * dev.eventline.bench.jmh.SagaTransitionBenchmark}). {@link
 * dev.eventline.bench.jmh.Microbenchmarks} runs them from code or from the command line and returns
 * their scores.
 */
package dev.eventline.bench.jmh;
