package dev.eventline.devstack;

/**
 * A service's development Ed25519 key pair, in the text form services read from configuration:
 * Base64 of PKCS#8 for the private key and of X.509 for the public one.
 */
public record SigningKey(Service service, String keyId, String privateKey, String publicKey) {
  @Override
  public String toString() {
    return "SigningKey[" + keyId + "]"; // never the private key
  }
}
