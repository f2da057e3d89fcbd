package io.gatehouse.web.security;

import org.springframework.security.crypto.password.PasswordEncoder;

import java.util.concurrent.Semaphore;

/**
 * At most one password hash per core at a time; the others wait their turn. Each Argon2 hash holds its memory
 * (19 MiB by default) while it runs: eight sign-ins hashing at once on two cores took no less time each, but held
 * eight times the memory and made the collector work for it, so a sign-in cost several hashes of CPU. In turn,
 * they cost one hash each and the heap holds two.
 */
final class HashesPerCore implements PasswordEncoder {

    private final PasswordEncoder encoder;
    private final Semaphore turns;

    HashesPerCore(PasswordEncoder encoder, int concurrent) {
        this.encoder = encoder;
        this.turns = new Semaphore(concurrent, true);
    }

    @Override
    public String encode(CharSequence rawPassword) {
        acquire();
        try {
            return encoder.encode(rawPassword);
        } finally {
            turns.release();
        }
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        acquire();
        try {
            return encoder.matches(rawPassword, encodedPassword);
        } finally {
            turns.release();
        }
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return encoder.upgradeEncoding(encodedPassword);
    }

    private void acquire() {
        try {
            turns.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting to check a password", e);
        }
    }
}
