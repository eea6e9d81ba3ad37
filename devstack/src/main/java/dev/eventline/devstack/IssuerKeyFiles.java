package dev.eventline.devstack;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import dev.eventline.devstack.internal.FileProblem;
import dev.eventline.devstack.internal.PrivateFiles;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.Properties;

/**
 * The dev issuer's RSA key in {@code keys/}: {@code issuer.properties} holds the pair (as the
 * signing keys do), {@code issuer-jwks.json} and {@code issuer-public.pem} its public half for
 * verifiers. All owner-only. The two public files are derived, so a start rewrites them if they are
 * missing or stale.
 */
final class IssuerKeyFiles {
  static final String KEY_FILE = "issuer.properties";
  static final String JWKS_FILE = "issuer-jwks.json";
  static final String PEM_FILE = "issuer-public.pem";

  private IssuerKeyFiles() {}

  /** Reads the key, making it first if it does not exist, and writes its public files. */
  static RSAKey loadOrCreate(Path directory) {
    Path file = directory.resolve(KEY_FILE);
    try {
      Files.createDirectories(directory);
      if (!Files.exists(file)) {
        write(file, generate());
      }
      RSAKey key = read(file);
      writeIfChanged(directory.resolve(JWKS_FILE), jwks(key));
      writeIfChanged(directory.resolve(PEM_FILE), pem(publicKey(key)));
      return key;
    } catch (IOException e) {
      throw new DevstackException(
          "cannot keep the token issuer's key in " + directory + ": " + FileProblem.describe(e), e);
    }
  }

  /** Reads the key that a start made, writing nothing. */
  static RSAKey load(Path directory) {
    Path file = directory.resolve(KEY_FILE);
    if (!Files.exists(file)) {
      throw new DevstackException(
          "no development token issuer in " + directory + "; run './eventline up' first");
    }
    try {
      return read(file);
    } catch (IOException e) {
      throw new DevstackException("cannot read " + file + ": " + FileProblem.describe(e), e);
    }
  }

  static String jwks(RSAKey key) {
    return new JWKSet(key.toPublicJWK()).toString(true) + "\n";
  }

  static RSAPublicKey publicKey(RSAKey key) {
    try {
      return key.toRSAPublicKey();
    } catch (JOSEException e) {
      throw new IllegalStateException("an RSA key without its public half", e);
    }
  }

  /** X.509 SubjectPublicKeyInfo in PEM, as Spring Security's {@code public-key-location} reads. */
  static String pem(RSAPublicKey key) {
    Base64.Encoder lines = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII));
    return "-----BEGIN PUBLIC KEY-----\n"
        + lines.encodeToString(key.getEncoded())
        + "\n-----END PUBLIC KEY-----\n";
  }

  private static RSAKey generate() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      var pair = generator.generateKeyPair();
      return rsaKey((RSAPublicKey) pair.getPublic(), (RSAPrivateKey) pair.getPrivate());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("this JDK cannot make RSA keys", e);
    }
  }

  /**
   * The key id is derived from the public key (its RFC 7638 thumbprint), so a new key after {@code
   * --fresh} never shares an id with the old one in a verifier's cache.
   */
  private static RSAKey rsaKey(RSAPublicKey publicKey, RSAPrivateKey privateKey) {
    try {
      RSAKey unnamed = new RSAKey.Builder(publicKey).build();
      String thumbprint = unnamed.computeThumbprint().toString();
      return new RSAKey.Builder(publicKey)
          .privateKey(privateKey)
          .keyID("issuer-dev-" + thumbprint.substring(0, 16))
          .keyUse(KeyUse.SIGNATURE)
          .algorithm(JWSAlgorithm.RS256)
          .build();
    } catch (JOSEException e) {
      throw new IllegalStateException("cannot compute the thumbprint of an RSA key", e);
    }
  }

  private static void write(Path file, RSAKey key) throws IOException {
    try {
      Base64.Encoder base64 = Base64.getEncoder();
      Properties properties = new Properties();
      properties.setProperty("key-id", key.getKeyID());
      properties.setProperty("private-key", base64.encodeToString(key.toPrivateKey().getEncoded()));
      properties.setProperty("public-key", base64.encodeToString(key.toPublicKey().getEncoded()));
      PrivateFiles.write(file, properties, "Development JWT issuer key (RSA, RS256)");
    } catch (JOSEException e) {
      throw new IllegalStateException("an RSA key without its halves", e);
    }
  }

  private static RSAKey read(Path file) throws IOException {
    Properties properties = new Properties();
    try (Reader reader = Files.newBufferedReader(file)) {
      properties.load(reader);
    }
    try {
      Base64.Decoder base64 = Base64.getDecoder();
      KeyFactory rsa = KeyFactory.getInstance("RSA");
      RSAPublicKey publicKey =
          (RSAPublicKey)
              rsa.generatePublic(
                  new X509EncodedKeySpec(base64.decode(required(properties, "public-key"))));
      RSAPrivateKey privateKey =
          (RSAPrivateKey)
              rsa.generatePrivate(
                  new PKCS8EncodedKeySpec(base64.decode(required(properties, "private-key"))));
      RSAKey key = rsaKey(publicKey, privateKey);
      if (!key.getKeyID().equals(required(properties, "key-id"))) {
        throw new IllegalArgumentException("its key-id does not match its public key");
      }
      return key;
    } catch (GeneralSecurityException | RuntimeException e) {
      throw new DevstackException(
          "the token issuer's key in "
              + file
              + " is damaged ("
              + e.getMessage()
              + "); delete the file and run './eventline up' to make a new one",
          e);
    }
  }

  private static String required(Properties properties, String name) {
    String value = properties.getProperty(name);
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("it has no " + name);
    }
    return value;
  }

  private static void writeIfChanged(Path file, String content) throws IOException {
    if (!Files.exists(file) || !Files.readString(file).equals(content)) {
      PrivateFiles.write(file, content);
    }
  }
}
