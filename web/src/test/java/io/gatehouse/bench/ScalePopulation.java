package io.gatehouse.bench;

import io.gatehouse.account.Role;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

/**
 * Who the generated accounts are, computed from their index alone: any chunk can name any other account (an
 * editor, an admin) without asking the database or another thread. Names are built from syllables, so a surname
 * is shared by some hundreds of people at a million accounts and a full name by a few, as in a real directory.
 */
final class ScalePopulation {

    /** Accounts 0..ADMINS-1 are admins: they decide on everyone else's requests. */
    static final int ADMINS = 20;
    static final Instant START = Instant.parse("2023-12-01T00:00:00Z");
    static final Instant END = Instant.parse("2026-11-01T00:00:00Z");

    private static final String[] SYLLABLES = {"an", "bel", "cor", "da", "el", "fin", "ga", "hal", "is", "jo",
            "ka", "lin", "mar", "nor", "ol", "pe", "quin", "ros", "sa", "tor", "ul", "ve", "win", "ya", "zel"};
    private static final String[] DOMAINS = {"mail.example", "post.example", "acme.example", "north.example",
            "uni.example", "city.example", "health.example", "media.example"};

    private final long accounts;
    private final long events;
    private final long seed;

    ScalePopulation(long accounts, long events, long seed) {
        this.accounts = accounts;
        this.events = events;
        this.seed = seed;
    }

    long accounts() {
        return accounts;
    }

    UUID id(long index) {
        long high = mix(seed ^ (index * 2 + 1));
        long low = mix(seed ^ (index * 2 + 2));
        // a version-4, IETF-variant UUID, as UUID.randomUUID() makes
        return new UUID((high & ~0xF000L) | 0x4000L, (low & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L);
    }

    Role role(long index) {
        return index < ADMINS || (mix(seed + index) & 1) == 0 ? Role.SPONSOR : Role.EDITOR;
    }

    String givenName(long index) {
        long h = mix(seed * 31 + index);
        return capital(SYLLABLES[(int) (h & 0xFFFF) % 25] + SYLLABLES[(int) ((h >>> 16) & 0xFFFF) % 25]);
    }

    /** 25^3 surnames: about 64 people share one at a million accounts. */
    String surname(long index) {
        long h = mix(seed * 37 + index);
        return capital(SYLLABLES[(int) (h & 0xFFFF) % 25] + SYLLABLES[(int) ((h >>> 16) & 0xFFFF) % 25]
                + SYLLABLES[(int) ((h >>> 32) & 0xFFFF) % 25]);
    }

    String displayName(long index) {
        return givenName(index) + " " + surname(index);
    }

    String email(long index) {
        return (givenName(index) + "." + surname(index) + "." + index + "@"
                + DOMAINS[(int) (mix(seed + 7 * index) & 7)]).toLowerCase(Locale.ROOT);
    }

    /** Sign-ups arrive evenly over three years, in index order. */
    Instant registeredAt(long index) {
        long span = Duration.between(START, END).toMillis();
        return START.plusMillis(span * index / Math.max(accounts, 1));
    }

    /** How many events this account has: the average, give or take, pairwise balanced so the total is exact. */
    int budget(long index) {
        long base = events * (index + 1) / accounts - events * index / accounts;
        long pair = index / 2;
        int swing = (int) (Math.floorMod(mix(seed ^ pair), Math.max(1, base)));
        if (index % 2 == 1 || index == accounts - 1) {
            swing = index % 2 == 1 ? -swing : 0;
        }
        return (int) Math.max(1, base + swing);
    }

    static long mix(long z) { // SplitMix64's finaliser
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static String capital(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
