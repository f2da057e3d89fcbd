package io.gatehouse.web.support;

import jakarta.servlet.ServletException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The outermost filter tells an unreachable database from our own faults, and answers only the first. */
class DatabaseUnavailableFilterTest {

    private final DatabaseUnavailableFilter filter = new DatabaseUnavailableFilter(null);

    @Test
    void aConnectionThatCannotBeHadIsA503PageWithRetryAfter() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/account/status");
        MockHttpServletResponse response = new MockHttpServletResponse();

        filter.doFilter(request, response, (req, res) -> {
            throw new CannotGetJdbcConnectionException("pool", new SQLException("refused", "08001"));
        });

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo("10");
        assertThat(response.getContentAsString()).contains("Gatehouse is unavailable for a moment")
                .contains("href=\"/account/status\"").doesNotContain("Exception");
    }

    @Test
    void aFormSentWhileTheDatabaseIsAwayOffersTheStartPageNotItsOwnAddress() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/admin/accounts/x/approve");
        MockHttpServletResponse response = new MockHttpServletResponse();

        filter.doFilter(request, response, (req, res) -> {
            throw new ServletException(new IllegalStateException(new SQLTransientConnectionException("timeout")));
        });

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getContentAsString()).contains("href=\"/\"");
    }

    @Test
    void ourOwnFaultsAreNotDisguisedAsAnOutage() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
        MockHttpServletResponse response = new MockHttpServletResponse();

        assertThatThrownBy(() -> filter.doFilter(request, response, (req, res) -> {
            throw new DataIntegrityViolationException("duplicate key", new SQLException("dup", "23505"));
        })).isInstanceOf(DataIntegrityViolationException.class);
        assertThat(response.getStatus()).isEqualTo(200);
    }

    @Test
    void theServerShuttingDownCountsAsUnreachable() {
        assertThat(DatabaseUnavailable.causedBy(new RuntimeException(new SQLException("terminating", "57P01"))))
                .isTrue();
        assertThat(DatabaseUnavailable.causedBy(new RuntimeException(new SQLException("syntax", "42601"))))
                .isFalse();
    }
}
