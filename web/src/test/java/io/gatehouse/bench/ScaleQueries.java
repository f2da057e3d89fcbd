package io.gatehouse.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;

/**
 * The pages the targets name, each with the way its parameters are drawn from the sample. Keys are the names the
 * figures have in scale.json ({@code <key>_p99_ms}).
 */
final class ScaleQueries {

    private static final List<String> TYPES = List.of("AccountApproved", "AccountRejected", "AccountSuspended",
            "AccountReinstated", "RoleGranted", "SignedIn", "DocumentCreated", "DocumentEdited");

    private ScaleQueries() {
    }

    static Map<String, Function<SplittableRandom, String>> all(ScaleSample sample, ScalePopulation people) {
        Map<String, Function<SplittableRandom, String>> pages = new LinkedHashMap<>();
        pages.put("admin_list", r -> "/admin/accounts");
        pages.put("admin_list_pending", r -> "/admin/accounts?status=PENDING");
        pages.put("admin_list_page_2_to_50", r -> "/admin/accounts?page=" + (1 + r.nextInt(49)));
        pages.put("admin_search_email", r -> "/admin/accounts?q=" + enc(sample.pick(r).email()));
        pages.put("admin_search_email_part", r -> "/admin/accounts?q=" + enc(localPart(sample.pick(r).email())));
        pages.put("admin_search_name", r -> "/admin/accounts?q=" + enc(sample.pick(r).displayName()));
        pages.put("admin_search_surname", r -> "/admin/accounts?q=" + enc(sample.pick(r).surname()));
        pages.put("admin_search_given_name", r -> "/admin/accounts?q=" + enc(sample.pick(r).givenName()));
        pages.put("admin_search_no_match", r -> "/admin/accounts?q=" + enc("zz" + r.nextInt(1_000_000) + "qx"));
        pages.put("audit_filter_none", r -> "/audit");
        pages.put("audit_filter_account", r -> "/audit?account=" + sample.pick(r).id());
        pages.put("audit_filter_account_email", r -> "/audit?account=" + enc(sample.pick(r).email()));
        pages.put("audit_filter_actor_admin", r -> "/audit?actor=" + people.id(r.nextInt(ScalePopulation.ADMINS)));
        pages.put("audit_filter_actor_person", r -> "/audit?actor=" + sample.pick(r).id());
        pages.put("audit_filter_type", r -> "/audit?type=" + TYPES.get(r.nextInt(TYPES.size())));
        pages.put("audit_filter_from_to", r -> {
            Instant from = day(r);
            return "/audit?from=" + from + "&to=" + from.plus(Duration.ofDays(1));
        });
        pages.put("audit_filter_from", r -> "/audit?from=" + day(r));
        pages.put("audit_filter_to", r -> "/audit?to=" + day(r));
        pages.put("audit_filter_type_from_to", r -> {
            Instant from = day(r);
            return "/audit?type=" + TYPES.get(r.nextInt(TYPES.size())) + "&from=" + from + "&to="
                    + from.plus(Duration.ofDays(7));
        });
        pages.put("audit_filter_correlation", r -> "/audit?correlation=" + sample.pick(r).correlationId());
        pages.put("history", r -> "/audit/accounts/" + sample.pick(r).id());
        pages.put("admin_account_page", r -> "/admin/accounts/" + sample.pick(r).id());
        pages.put("at_replay", r -> {
            ScaleSample.Account account = sample.pick(r);
            long span = Math.max(1, Duration.between(account.first(), account.last()).toMillis());
            return "/audit/accounts/" + account.id() + "?at=" + account.first().plusMillis(r.nextLong(span));
        });
        return pages;
    }

    /** A day within the generated years. */
    private static Instant day(SplittableRandom random) {
        long days = Duration.between(ScalePopulation.START, ScalePopulation.END).toDays();
        return ScalePopulation.START.plus(Duration.ofDays(random.nextLong(days))).truncatedTo(ChronoUnit.DAYS);
    }

    private static String localPart(String email) {
        return email.substring(0, email.indexOf('@'));
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
