package dev.eventline.kit.web.sample;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The smallest service that uses kit-web, for the integration tests. */
@SpringBootApplication
public class SampleApplication {}
