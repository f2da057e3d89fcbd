package io.gatehouse.query.document;

import io.gatehouse.account.Role;
import io.gatehouse.document.DocumentEdited;
import io.gatehouse.it.IntegrationTest;
import io.gatehouse.it.Scenario;
import io.gatehouse.it.Scenario.Person;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The documents processor follows the store from behind, and an event it handles after an erasure may have been
 * opened (its sealed text read) before the key was destroyed, by it or by another processor sharing the stream.
 * Such text must not come back into the read model. Here the projection is handed that event directly, as the
 * processor would hand it over, once the sponsor is erased.
 */
class ErasedTextStaysOutTest extends IntegrationTest {

    @Autowired
    DocumentProjection projection;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anEditOpenedBeforeTheSponsorsErasureThenWrittenAfterItLeavesTheTextOut() {
        Scenario scenario = scenario();
        Person sponsor = scenario.active(Role.SPONSOR);
        Person editor = scenario.active(Role.EDITOR);
        UUID document = scenario.createDocument(sponsor, editor.id(), "Plans of the sponsor", "Their words.");
        sponsor.browser().get("/sponsor/documents/" + document).assertStatus(200); // the read model has it
        scenario.adminAct(sponsor.id(), "erase", Map.of("reason", "Asked to be forgotten.")).assertStatus(303);

        handleLate(new DocumentEdited(document, "Plans of the sponsor, v2", "Their words, again.", editor.id(),
                "203.0.113.9"), document);

        assertThat(jdbc.queryForMap("select title, body from document_view where document_id = ?", document))
                .containsEntry("title", null).containsEntry("body", ""); // as an empty body is kept
    }

    @Test
    void anEditOfALiveSponsorsDocumentIsWrittenAsItCame() {
        Scenario scenario = scenario();
        Person sponsor = scenario.active(Role.SPONSOR);
        Person editor = scenario.active(Role.EDITOR);
        UUID document = scenario.createDocument(sponsor, editor.id(), "Plans", "Words.");
        sponsor.browser().get("/sponsor/documents/" + document).assertStatus(200); // the read model has it

        handleLate(new DocumentEdited(document, "Plans, v2", "More words.", editor.id(), "203.0.113.9"), document);

        assertThat(jdbc.queryForMap("select title, body from document_view where document_id = ?", document))
                .containsEntry("title", "Plans, v2").containsEntry("body", "More words.");
    }

    private void handleLate(DocumentEdited edited, UUID document) {
        long version = jdbc.queryForObject("select version from document_view where document_id = ?", Long.class,
                document);
        transactions.executeWithoutResult(status -> projection.on(edited, Instant.now(), version + 1));
    }
}
