package dev.eventline.bench.jmh;

import dev.eventline.bench.jmh.OrderSagaMessages.InventoryReservationFailed;
import dev.eventline.bench.jmh.OrderSagaMessages.InventoryReserved;
import dev.eventline.bench.jmh.OrderSagaMessages.PaymentSucceeded;
import dev.eventline.bench.jmh.PlaceOrderSaga.PlaceOrder;
import dev.eventline.kit.messaging.EventId;
import dev.eventline.kit.saga.Saga;
import dev.eventline.kit.saga.SagaInput;
import dev.eventline.kit.saga.SagaInstance;
import dev.eventline.kit.saga.SagaMachine;
import dev.eventline.kit.saga.Transition;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One transition of the three-step {@link PlaceOrderSaga}: {@link SagaMachine#apply}, the pure
 * decision of what a reply means (the next step's command, the new state, the history line), which
 * the JDBC engine, the test fixture and the simulation all run. The engine's part of a transition
 * is left out, because it needs a database transaction: loading and saving the instance with its
 * data as JSON, the history row, and publishing the commands through the outbox ({@link
 * EnvelopeBenchmark} and {@link SignatureBenchmark} measure the CPU part of that).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class SagaTransitionBenchmark {
  private static final Instant STARTED = Instant.parse("2026-11-23T10:00:00Z");
  private static final Instant NOW = STARTED.plusMillis(350);

  private final SagaMachine machine = new SagaMachine();
  private Saga<PlaceOrder> saga;
  private SagaInstance<PlaceOrder> chargingPayment;
  private SagaInstance<PlaceOrder> reservingStock;
  private SagaInput paymentSucceeded;
  private SagaInput inventoryReserved;
  private SagaInput outOfStock;

  @Setup
  public void setUp() {
    saga = PlaceOrderSaga.definition();
    PlaceOrder order = PlaceOrderSaga.newOrder();
    paymentSucceeded = reply(new PaymentSucceeded(order.orderId(), order.totalCents()));
    inventoryReserved = reply(new InventoryReserved(order.orderId()));
    outOfStock = reply(new InventoryReservationFailed(order.orderId(), "USB-C-CABLE-2M"));
    chargingPayment =
        machine.start(saga, order.orderId(), order, "request-6f1d2c3b", STARTED).instance();
    reservingStock = machine.apply(saga, chargingPayment, paymentSucceeded, STARTED).instance();
  }

  /** At charge-payment, {@code PaymentSucceeded} moves on to reserve-stock and its command. */
  @Benchmark
  public Transition<PlaceOrder> advance() {
    return machine.apply(saga, chargingPayment, paymentSucceeded, NOW);
  }

  /** At reserve-stock, {@code InventoryReserved} runs the local last step: COMPLETED. */
  @Benchmark
  public Transition<PlaceOrder> complete() {
    return machine.apply(saga, reservingStock, inventoryReserved, NOW);
  }

  /** At reserve-stock, running out of stock compensates: the payment's refund command. */
  @Benchmark
  public Transition<PlaceOrder> compensate() {
    return machine.apply(saga, reservingStock, outOfStock, NOW);
  }

  private static SagaInput reply(Record reply) {
    return new SagaInput.Reply(reply, Optional.of(EventId.derived(STARTED, reply.toString())));
  }
}
