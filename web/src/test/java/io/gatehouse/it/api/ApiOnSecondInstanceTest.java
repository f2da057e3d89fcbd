package io.gatehouse.it.api;

import com.zaxxer.hikari.HikariDataSource;
import io.gatehouse.account.ApiScope;
import io.gatehouse.account.Role;
import io.gatehouse.it.Api;
import io.gatehouse.it.ApiTokensForTests.Issued;
import io.gatehouse.it.App;
import io.gatehouse.it.Scenario.Person;
import io.gatehouse.web.apitoken.ApiTokenSecret;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.Map;

import static io.gatehouse.it.Api.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A second instance on the shared database, as behind a load balancer: what is done on one instance refuses the
 * token's very next call on the other. The second instance also has a small failed-token allowance per client
 * (three), so its throttle can be spent without touching the shared application's settings.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiOnSecondInstanceTest extends ApiTest {

    private static final int ALLOWANCE = 3;

    @Autowired
    private HikariDataSource dataSource;

    private App second;

    @BeforeAll
    void startSecondInstance() {
        second = App.start("spring.datasource.url=" + dataSource.getJdbcUrl(), "spring.datasource.username=postgres",
                "gatehouse.sign-in-throttle.per-client=" + ALLOWANCE);
    }

    @AfterAll
    void stopSecondInstance() {
        if (second != null) {
            second.close();
        }
    }

    @Test
    void suspendedThroughTheApiOnOneInstanceThenTheTokensNextCallOnTheOtherIsRefused() {
        Person sponsor = scenario().active(Role.SPONSOR);
        Api onSecond = onSecond().withToken(tokens().issue(sponsor.id(), ApiScope.DOCUMENTS_READ).secret());
        onSecond.get("/api/v1/documents").assertStatus(200);
        Api adminHere = api(tokens().issue(sponsorAndAdmin().id(), ApiScope.ACCOUNTS_WRITE));

        adminHere.post("/api/v1/accounts/" + sponsor.id() + "/suspend", json("reason", "suspended on the first"))
                .assertStatus(200);

        assertThat(onSecond.get("/api/v1/documents").assertProblem(403).detail()).contains("SUSPENDED");
        assertThat(onSecond.get("/api/v1/me").assertStatus(200).json().path("status").asString())
                .isEqualTo("SUSPENDED");
    }

    @Test
    void roleOrTokenRevokedOnOneInstanceThenRefusedOnTheOtherAtTheNextCall() {
        Person person = scenario().active(Role.SPONSOR);
        grant(person, Role.AUDITOR);
        Issued revokedLater = tokens().issue(person.id(), ApiScope.DOCUMENTS_READ);
        Api auditing = onSecond().withToken(tokens().issue(person.id(), ApiScope.AUDIT_READ).secret());
        Api reading = onSecond().withToken(revokedLater.secret());
        auditing.get("/api/v1/audit?account=" + person.id()).assertStatus(200);
        reading.get("/api/v1/documents").assertStatus(200);

        revoke(person, Role.AUDITOR);
        tokens().revoke(revokedLater);

        auditing.get("/api/v1/audit?account=" + person.id()).assertProblem(403);
        reading.get("/api/v1/documents").assertProblem(401);
    }

    @Test
    void failedTokensSpendTheClientsAllowanceThenEvenAValidTokenIsTooManyRequestsButNotFromElsewhere() {
        Person sponsor = scenario().active(Role.SPONSOR);
        String valid = tokens().issue(sponsor.id(), ApiScope.DOCUMENTS_READ).secret();
        Api guesser = onSecond();
        for (int guess = 0; guess < ALLOWANCE; guess++) {
            guesser.withToken(ApiTokenSecret.mint().token()).get("/api/v1/documents").assertProblem(401);
        }

        Api.Response wrong = guesser.withToken(ApiTokenSecret.mint().token()).get("/api/v1/documents");
        Api.Response right = guesser.withToken(valid).get("/api/v1/documents");

        for (Api.Response answer : new Api.Response[] {wrong, right}) {
            answer.assertProblem(429);
            assertThat(Long.parseLong(answer.header("Retry-After"))).isPositive();
            assertThat(answer.detail()).contains("Too many failed tokens");
        }
        onSecond().withToken(valid).get("/api/v1/documents").assertStatus(200);
        guesser.send("GET", "/api/v1/me", null, Map.of("Authorization", "Bearer " + valid)).assertProblem(429);
    }

    /** A client of the second instance, from an address of its own. */
    private Api onSecond() {
        return new Api(second.baseUrl());
    }
}
