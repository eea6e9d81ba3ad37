package dev.eventline.kit.test.infrastructure;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * The JUnit extension behind {@link RealInfrastructure}; use the annotation rather than this class.
 *
 * <ul>
 *   <li>Once per test run (per test JVM), when a class first asks: starts a devstack, one Kafka
 *       broker and one PostgreSQL server, in {@code target/eventline-devstack} (or the directory
 *       named by the configuration parameter {@code eventline.devstack.directory}), wiped first.
 *       JUnit stops it when the run ends.
 *   <li>Once per test class, when it first asks: creates a database owned by a new login role with
 *       a random password, which no other role may connect to, and drops both after the class's
 *       {@code @AfterAll} methods. {@code @Nested} classes share their enclosing class's database.
 *   <li>Resolves {@link TestKafka} and {@link TestDatabase} parameters of constructors, lifecycle
 *       methods and test methods.
 * </ul>
 */
public final class RealInfrastructureExtension implements ParameterResolver {
  private static final Namespace NAMESPACE = Namespace.create(RealInfrastructureExtension.class);

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    return type == TestKafka.class || type == TestDatabase.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == TestKafka.class
        ? SharedDevstack.in(context).kafka()
        : database(context);
  }

  private static TestDatabase database(ExtensionContext context) {
    ExtensionContext owner = outermostClass(context);
    SharedDevstack devstack = SharedDevstack.in(owner);
    String testClass = owner.getRequiredTestClass().getSimpleName();
    // Kept in the class's store, which JUnit closes (dropping the database) after @AfterAll.
    return owner
        .getStore(NAMESPACE)
        .computeIfAbsent(
            ClassDatabase.class,
            key -> ClassDatabase.create(devstack.postgres(), testClass),
            ClassDatabase.class)
        .database();
  }

  /**
   * The context of the top-level test class, from any context below it: a method's, a test template
   * invocation's, or a {@code @Nested} class's, which thus shares its enclosing class's database.
   */
  private static ExtensionContext outermostClass(ExtensionContext context) {
    ExtensionContext current = context;
    while (current.getParent().flatMap(ExtensionContext::getTestClass).isPresent()) {
      current = current.getParent().orElseThrow();
    }
    return current;
  }
}
