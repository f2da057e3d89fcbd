package io.gatehouse.it.api;

import io.gatehouse.account.Role;
import io.gatehouse.it.Api;
import io.gatehouse.it.ApiTokensForTests;
import io.gatehouse.it.IntegrationTest;
import io.gatehouse.it.Scenario.Person;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.Map;

/** Base of the API's tests: the shared application, API clients, and tokens issued through its commands. */
abstract class ApiTest extends IntegrationTest {

    @Autowired
    private CommandGateway commands;

    @Autowired
    protected JdbcTemplate jdbc;

    protected ApiTokensForTests tokens() {
        return new ApiTokensForTests(commands, jdbc);
    }

    /** A client with no token, from an address of its own. */
    protected Api api() {
        return new Api("http://localhost:" + port);
    }

    protected Api api(ApiTokensForTests.Issued token) {
        return api().withToken(token.secret());
    }

    /**
     * An ACTIVE sponsor made admin by the root admin: its tokens may hold every scope. It never signs in to the
     * admin area (no second factor): the API asks for none.
     */
    protected Person sponsorAndAdmin() {
        Person person = scenario().active(Role.SPONSOR);
        grant(person, Role.ADMIN);
        return person;
    }

    protected void grant(Person person, Role role) {
        scenario().adminAct(person.id(), "roles/grant", Map.of("role", role.name(), "reason", "for the API test"))
                .assertStatus(303);
    }

    protected void revoke(Person person, Role role) {
        scenario().adminAct(person.id(), "roles/revoke", Map.of("role", role.name(), "reason", "for the API test"))
                .assertStatus(303);
    }
}
