package dev.eventline.kit.web;

import org.springframework.boot.http.converter.autoconfigure.ServerHttpMessageConvertersCustomizer;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.HttpMessageConverters;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.http.converter.json.ProblemDetailJacksonMixin;
import tools.jackson.databind.DeserializationFeature;

/**
 * Makes the JSON converter of request and response bodies refuse unknown properties, so a body with
 * {@code "status"} or {@code "userId"} that the endpoint does not take is a 400, not silently
 * dropped. Only the HTTP converter is changed: the application's {@code JsonMapper} stays tolerant
 * for events, whose readers must accept fields added by newer versions.
 */
final class StrictJsonBodies implements ServerHttpMessageConvertersCustomizer {

  @Override
  public void customize(HttpMessageConverters.ServerBuilder builder) {
    // Applied to the final list, whatever order the other customizers ran in.
    builder.configureMessageConvertersList(list -> list.replaceAll(StrictJsonBodies::strict));
  }

  private static HttpMessageConverter<?> strict(HttpMessageConverter<?> converter) {
    if (converter instanceof JacksonJsonHttpMessageConverter json) {
      return new JacksonJsonHttpMessageConverter(
          json.getMapper()
              .rebuild()
              .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
              .addMixIn(ProblemDetail.class, ProblemDetailJacksonMixin.class));
    }
    return converter;
  }
}
