package dev.eventline.inventory;

/**
 * The administrator tried to set a product's stock below what orders have reserved: those items are
 * promised (or sold), so the stock can go down to {@link #reserved()} and no further.
 */
public final class StockBelowReservedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String sku;
  private final int requested;
  private final int reserved;

  public StockBelowReservedException(String sku, int requested, int reserved) {
    super(
        "cannot set the stock of "
            + sku
            + " to "
            + requested
            + ": "
            + reserved
            + " are reserved for orders, so the stock must be at least "
            + reserved);
    this.sku = sku;
    this.requested = requested;
    this.reserved = reserved;
  }

  public String sku() {
    return sku;
  }

  public int requested() {
    return requested;
  }

  public int reserved() {
    return reserved;
  }
}
