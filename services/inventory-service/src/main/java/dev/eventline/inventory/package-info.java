/**
 * The inventory's domain: the {@link dev.eventline.inventory.Product products} of the catalogue,
 * their {@link dev.eventline.inventory.Stock stock} and the {@link
 * dev.eventline.inventory.StockReservation reservation} each order holds. Plain Java: no Spring,
 * Kafka or JDBC here (an ArchUnit test keeps it so), and no message records either; the application
 * layer translates between them.
 *
 * <p>How much is available: {@code available = stock - reserved}, where {@code stock} is what the
 * administrator last set and {@code reserved} the sum of the lines of every reservation that is
 * {@link dev.eventline.inventory.ReservationStatus#RESERVED RESERVED}. A completed order keeps its
 * reservation (the items are sold), a cancelled one releases it, so once every order is settled
 * {@code stock - sum(quantities of COMPLETED orders) = available}: invariant I3.
 */
package dev.eventline.inventory;
