package io.gatehouse.web.security;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class HashesPerCoreTest {

    @Test
    void eightSignInsAtOnceHashTwoAtATimeAndAllGetTheirAnswer() throws Exception {
        AtomicInteger hashing = new AtomicInteger();
        CountDownLatch finish = new CountDownLatch(1);
        PasswordEncoder slow = new PasswordEncoder() {
            @Override
            public String encode(CharSequence raw) {
                return raw.toString();
            }

            @Override
            public boolean matches(CharSequence raw, String encoded) {
                hashing.incrementAndGet();
                try {
                    finish.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                hashing.decrementAndGet();
                return raw.toString().equals(encoded);
            }
        };
        PasswordEncoder bounded = new HashesPerCore(slow, 2);
        List<Thread> signIns = new ArrayList<>();
        AtomicInteger accepted = new AtomicInteger();
        for (int i = 0; i < 8; i++) {
            Thread signIn = new Thread(() -> {
                if (bounded.matches("Quartz-Lantern", "Quartz-Lantern")) {
                    accepted.incrementAndGet();
                }
            });
            signIn.start();
            signIns.add(signIn);
        }

        // every sign-in is parked: two inside a hash, six waiting for their turn
        Awaitility.await().atMost(Duration.ofSeconds(10))
                .until(() -> signIns.stream().allMatch(t -> t.getState() == Thread.State.WAITING));
        assertThat(hashing.get()).isEqualTo(2);
        finish.countDown();
        for (Thread signIn : signIns) {
            signIn.join(10_000);
        }
        assertThat(accepted.get()).isEqualTo(8);
    }
}
