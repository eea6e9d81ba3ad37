package dev.eventline.inventory.infrastructure;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eventline.inventory.CatalogueItem;
import dev.eventline.inventory.CataloguePage;
import dev.eventline.inventory.StockBelowReservedException;
import dev.eventline.inventory.api.InventoryMessages;
import dev.eventline.inventory.api.ProductUpdated;
import dev.eventline.inventory.api.ReserveStock;
import dev.eventline.inventory.api.StockLine;
import dev.eventline.inventory.application.CatalogueSearch;
import dev.eventline.inventory.application.ProductAdministration;
import dev.eventline.inventory.application.StockKeeping;
import dev.eventline.kit.messaging.EventOrigin;
import dev.eventline.kit.messaging.EventPayloads;
import dev.eventline.kit.messaging.KafkaEventCodec;
import dev.eventline.kit.messaging.SignedEvent;
import dev.eventline.kit.messaging.UndecodableEventException;
import dev.eventline.kit.test.infrastructure.RealInfrastructure;
import dev.eventline.kit.test.infrastructure.TestDatabase;
import dev.eventline.kit.test.infrastructure.TestKafka;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The catalogue of a running inventory service on the real PostgreSQL and Kafka: administrators
 * create and change products, every change is announced to the order service, and anyone searches
 * by the words of names and descriptions.
 */
@RealInfrastructure
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CatalogueIntegrationTest {
  private static final EventOrigin ADMIN_REQUEST = EventOrigin.request("admin-request-1");

  private final TestKafka kafka;
  private final StandInOrderService orders;
  private final ConfigurableApplicationContext inventory;
  private final StockBooks books;

  CatalogueIntegrationTest(TestDatabase database, TestKafka kafka) {
    this.kafka = kafka;
    this.orders = new StandInOrderService(kafka);
    this.inventory =
        new SpringApplicationBuilder(InventoryServiceApplication.class)
            .properties(InventorySettings.of(database, kafka, orders))
            .run();
    this.books = new StockBooks(inventory);
  }

  @AfterAll
  void stop() {
    inventory.close();
    orders.close();
  }

  @Test
  void creatingAProductAnnouncesItToTheOrderServiceKeyedBySku() {
    String sku = unique("coffee-beans");

    admin().upsertProduct(sku, "Coffee beans, 1 kg", "Arabica from Huila", 1899, 25, ADMIN_REQUEST);

    SignedEvent announced = productUpdates(sku, 1).getFirst();
    assertThat(read(announced))
        .isEqualTo(new ProductUpdated(sku, "Coffee beans, 1 kg", "Arabica from Huila", 1899));
    assertThat(announced.attributes().subject()).isEqualTo(sku);
    assertThat(announced.attributes().source()).hasToString("/services/inventory");
    assertThat(announced.attributes().correlationId()).isEqualTo("admin-request-1");
    assertThat(books.available(sku)).isEqualTo(25);
  }

  @Test
  void changingAProductReplacesItsDescriptionPriceAndStockAndKeepsItsReservations() {
    String sku = unique("espresso-cup");
    admin().upsertProduct(sku, "Espresso cup", "", 650, 5, ADMIN_REQUEST);
    reserve(sku, 3);

    var changed = admin().upsertProduct(sku, "Espresso cup", "Porcelain", 700, 10, ADMIN_REQUEST);

    assertThat(changed.stock().available()).isEqualTo(7);
    assertThat(books.available(sku)).isEqualTo(7);
    assertThat(productUpdates(sku, 2))
        .extracting(this::read)
        .containsExactly(
            new ProductUpdated(sku, "Espresso cup", "", 650),
            new ProductUpdated(sku, "Espresso cup", "Porcelain", 700));
    books.assertBalanced();
  }

  @Test
  void settingTheStockBelowWhatIsReservedIsRefusedAndChangesNothing() {
    String tag = tag();
    String sku = unique("espresso-cup");
    admin().upsertProduct(sku, "Espresso cup", tag, 650, 5, ADMIN_REQUEST);
    reserve(sku, 3);

    assertThatThrownBy(() -> admin().upsertProduct(sku, "Cup", "", 1, 2, ADMIN_REQUEST))
        .isInstanceOf(StockBelowReservedException.class)
        .hasMessage(
            "cannot set the stock of "
                + sku
                + " to 2: 3 are reserved for orders, so the stock must be at least 3");

    assertThat(search(tag, 0, 10).items())
        .containsExactly(new CatalogueItem(sku, "Espresso cup", 650, 2));
    assertThat(
            admin()
                .upsertProduct(sku, "Espresso cup", "", 650, 3, ADMIN_REQUEST)
                .stock()
                .available())
        .as("down to what is reserved is fine")
        .isZero();
  }

  @Test
  void aProductBelowOneCentOrWithoutANameIsRefused() {
    String sku = unique("free-lunch");

    assertThatThrownBy(() -> admin().upsertProduct(sku, "Lunch", "", 0, 1, ADMIN_REQUEST))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least 1 cent");
    assertThatThrownBy(() -> admin().upsertProduct(sku, " ", "", 100, 1, ADMIN_REQUEST))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(search("", 0, 100).items()).extracting(CatalogueItem::sku).doesNotContain(sku);
  }

  @Test
  void searchFindsProductsByTheWordsOfTheirNameOrDescription() {
    String tag = tag();
    String cup = product("cup", "Espresso cup", "Porcelain, 80 ml. " + tag);
    String board = product("board", "Cutting board", "Oiled walnut wood. " + tag);
    String mug = product("mug", "Coffee mug", "Stoneware, holds 350 ml. " + tag);

    assertThat(skus("espresso " + tag)).containsExactly(cup);
    assertThat(skus("walnut " + tag)).as("a word of the description").containsExactly(board);
    assertThat(skus("mugs " + tag)).as("English stemming").containsExactly(mug);
    assertThat(skus("\"coffee mug\" " + tag)).as("a quoted phrase").containsExactly(mug);
    assertThat(skus("tea " + tag)).isEmpty();
    assertThat(skus(tag)).containsExactlyInAnyOrder(cup, board, mug);
    assertThat(search("espresso " + tag, 0, 10).items())
        .containsExactly(new CatalogueItem(cup, "Espresso cup", 650, 4));
  }

  @Test
  void aMatchInTheNameRanksAboveAMatchInTheDescription() {
    String tag = tag();
    String inDescription = product("a-tray", "Serving tray", "Goes with the walnut board. " + tag);
    String inName = product("b-board", "Walnut board", "Oiled. " + tag);

    assertThat(skus("walnut " + tag)).containsExactly(inName, inDescription);
  }

  @Test
  void searchResultsComeInPages() {
    String tag = tag();
    List<String> all = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      all.add(product("spoon-" + i, "Tea spoon " + i, "Silver. " + tag));
    }

    CataloguePage first = search(tag, 0, 2);
    CataloguePage second = search(tag, 1, 2);
    CataloguePage last = search(tag, 2, 2);

    assertThat(first.total()).isEqualTo(5);
    assertThat(first.totalPages()).isEqualTo(3);
    assertThat(first.items()).hasSize(2);
    assertThat(second.items()).hasSize(2);
    assertThat(last.items()).hasSize(1);
    List<String> paged = new ArrayList<>();
    for (CataloguePage page : List.of(first, second, last)) {
      page.items().forEach(item -> paged.add(item.sku()));
    }
    assertThat(paged).containsExactlyInAnyOrderElementsOf(all);
    assertThat(search(tag, 3, 2).items()).isEmpty();
    assertThat(search(tag, 3, 2).total()).isEqualTo(5);
  }

  @Test
  void anEmptySearchListsEveryProductBySku() {
    product("listed", "Milk jug", "Steel.");
    long products = books.productCount();

    CataloguePage everything = search("", 0, 100);
    CataloguePage blank = search("   ", 0, 100);

    assertThat(everything.total()).isEqualTo(products);
    assertThat(everything.items())
        .hasSize((int) products)
        .isSortedAccordingTo(Comparator.comparing(CatalogueItem::sku));
    assertThat(blank).isEqualTo(everything);
  }

  private String product(String prefix, String name, String description) {
    String sku = unique(prefix);
    admin().upsertProduct(sku, name, description, 650, 4, ADMIN_REQUEST);
    return sku;
  }

  private void reserve(String sku, int quantity) {
    inventory
        .getBean(StockKeeping.class)
        .reserve(
            new ReserveStock(UUID.randomUUID(), List.of(new StockLine(sku, quantity))),
            EventOrigin.request("saga"));
  }

  private List<String> skus(String query) {
    return search(query, 0, 100).items().stream().map(CatalogueItem::sku).toList();
  }

  private CataloguePage search(String query, int page, int size) {
    return inventory.getBean(CatalogueSearch.class).search(query, page, size);
  }

  private ProductAdministration admin() {
    return inventory.getBean(ProductAdministration.class);
  }

  private List<SignedEvent> productUpdates(String sku, int count) {
    String topic = InventoryMessages.PRODUCT_UPDATED.topic();
    List<SignedEvent> updates = new ArrayList<>();
    for (ConsumerRecord<byte[], byte[]> record :
        kafka.readUntil(
            topic, records -> records.stream().filter(r -> keyed(r, sku)).count() >= count)) {
      if (keyed(record, sku)) {
        updates.add(decode(record));
      }
    }
    return updates;
  }

  private ProductUpdated read(SignedEvent event) {
    return inventory
        .getBean(EventPayloads.class)
        .read(InventoryMessages.PRODUCT_UPDATED, event.attributes().version(), event.payload());
  }

  private static SignedEvent decode(ConsumerRecord<byte[], byte[]> record) {
    try {
      return new KafkaEventCodec().decode(record);
    } catch (UndecodableEventException e) {
      throw new AssertionError(e);
    }
  }

  private static boolean keyed(ConsumerRecord<byte[], byte[]> record, String key) {
    return record.key() != null && new String(record.key(), UTF_8).equals(key);
  }

  /** A word no other test's products use, so that searches of different tests never mix. */
  private static String tag() {
    return "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
  }

  private static String unique(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }
}
