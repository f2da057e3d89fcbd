package io.gatehouse.web.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.util.Map;

/**
 * Argon2id settings, at least OWASP's minimum by default (19 MiB, 2 passes, 1 lane). A stored hash made
 * with weaker settings, or with BCrypt, is replaced at its owner's next successful sign-in.
 *
 * @param memoryKib   memory per hash, in KiB
 * @param iterations  passes over that memory
 * @param parallelism lanes
 */
@ConfigurationProperties("gatehouse.passwords.argon2")
record PasswordHashing(@DefaultValue("19456") int memoryKib, @DefaultValue("2") int iterations,
                       @DefaultValue("1") int parallelism) {

    /** The {id} prefix of each stored hash names its algorithm, so a change of algorithm needs no migration. */
    PasswordEncoder encoder() {
        return new HashesPerCore(new DelegatingPasswordEncoder("argon2", Map.of(
                "argon2", new Argon2PasswordEncoder(16, 32, parallelism, memoryKib, iterations),
                "bcrypt", new BCryptPasswordEncoder())), Runtime.getRuntime().availableProcessors());
    }
}
