package dev.eventline.payments.web;

import dev.eventline.kit.web.CurrentUser;
import dev.eventline.kit.web.ProblemException;
import dev.eventline.payments.ConflictingDeposit;
import dev.eventline.payments.Deposit;
import dev.eventline.payments.application.DepositReceipt;
import dev.eventline.payments.application.WalletService;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** The caller's wallet: its balance, and deposits made once per {@code Idempotency-Key}. */
@RestController
class WalletController {
  static final String IDEMPOTENCY_KEY = "Idempotency-Key";

  private final WalletService wallets;

  WalletController(WalletService wallets) {
    this.wallets = wallets;
  }

  @GetMapping("/api/wallet")
  WalletView wallet(CurrentUser user) {
    return new WalletView(wallets.walletOf(user.id()).balanceCents());
  }

  /** 201 for a new deposit; 200 with the first deposit when the key was used before. */
  @PostMapping("/api/wallet/deposits")
  ResponseEntity<DepositView> deposit(
      @RequestHeader(IDEMPOTENCY_KEY) String key,
      @Valid @RequestBody DepositRequest request,
      CurrentUser user) {
    checkKey(key);
    DepositReceipt receipt;
    try {
      receipt = wallets.deposit(user.id(), key, request.amountCents());
    } catch (ConflictingDeposit conflict) {
      throw new ProblemException(
          HttpStatus.UNPROCESSABLE_CONTENT,
          "Idempotency key already used",
          "This "
              + IDEMPOTENCY_KEY
              + " was used for a deposit of "
              + conflict.deposit().amountCents()
              + " cents; use a new key for another amount");
    }
    HttpStatus status = receipt.repeated() ? HttpStatus.OK : HttpStatus.CREATED;
    return ResponseEntity.status(status).body(DepositView.of(receipt));
  }

  // A missing header is Spring's 400 already; blank and oversized ones are refused here, before
  // the domain would refuse them with an IllegalArgumentException (a 500).
  private static void checkKey(String key) {
    if (key.isBlank() || key.length() > Deposit.MAXIMUM_KEY_LENGTH) {
      throw new ProblemException(
          HttpStatus.BAD_REQUEST,
          "Invalid " + IDEMPOTENCY_KEY,
          IDEMPOTENCY_KEY
              + " must be 1 to "
              + Deposit.MAXIMUM_KEY_LENGTH
              + " characters and not blank");
    }
  }
}
