package dev.eventline.kit.test.infrastructure;

import dev.eventline.devstack.Devstack;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Hands this module's own tests the run's devstack, so that they can look at its PostgreSQL server
 * as the superuser, make a second class's database while their own exists, and check that the run
 * started one devstack only. Not for other modules: a test that needs the superuser is testing the
 * extension, not a service.
 */
final class DevstackResolver implements ParameterResolver {
  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == Devstack.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return SharedDevstack.in(context).devstack();
  }
}
