import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

/**
 * CPU time of one Argon2id hash with Gatehouse's settings, alone in one thread: the floor under the cost of a
 * sign-in. Run by sign-in.sh with the app's own libraries on the class path.
 */
public class HashCost {
    public static void main(String[] args) {
        int memoryKib = Integer.parseInt(args.length > 0 ? args[0] : "19456");
        int iterations = Integer.parseInt(args.length > 1 ? args[1] : "2");
        Argon2PasswordEncoder encoder = new Argon2PasswordEncoder(16, 32, 1, memoryKib, iterations);
        String hash = encoder.encode("Quartz-Lantern-Fjord-93");
        for (int i = 0; i < 20; i++) {
            encoder.matches("Quartz-Lantern-Fjord-93", hash); // JIT
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        int n = 50;
        long cpu = threads.getCurrentThreadCpuTime();
        long wall = System.nanoTime();
        for (int i = 0; i < n; i++) {
            encoder.matches("Quartz-Lantern-Fjord-93", hash);
        }
        System.out.printf("one Argon2id check (m=%d KiB, t=%d, p=1) alone: CPU %.1f ms, wall %.1f ms%n", memoryKib, iterations,
                (threads.getCurrentThreadCpuTime() - cpu) / 1e6 / n, (System.nanoTime() - wall) / 1e6 / n);
    }
}
