package io.gatehouse.web.projections;

import io.gatehouse.account.Role;
import io.gatehouse.it.Browser;
import io.gatehouse.it.IntegrationTest;
import io.gatehouse.it.Scenario.Person;
import org.awaitility.Awaitility;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A streaming read model that cannot take an event stops at it, shows the error, and retries; the act that
 * recorded the event stands. The failure is real: a trigger in the database refuses the row.
 */
class StreamingFailureTest extends IntegrationTest {

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private CatchUp catchUp;

    @Autowired
    private ProcessorPositions positions;

    @Test
    void a_failing_document_projection_does_not_undo_the_sponsors_act_and_catches_up_once_fixed() {
        Person sponsor = scenario().active(Role.SPONSOR);
        Person editor = scenario().active(Role.EDITOR);
        Browser admin = scenario().rootBrowser();
        String title = "Poisoned " + UUID.randomUUID();
        jdbc.execute("create function refuse_poisoned_document() returns trigger language plpgsql as $$ begin"
                + " if new.title like 'Poisoned %' then raise exception 'document_view refuses this row'; end if;"
                + " return new; end $$");
        jdbc.execute("create trigger refuse_poisoned_document before insert or update on document_view"
                + " for each row execute function refuse_poisoned_document()");
        UUID id;
        try {
            id = scenario().createDocument(sponsor, editor.id(), title, "body");

            assertThat(jdbc.queryForObject("select count(*) from domain_event_entry where aggregate_identifier = ?",
                    Long.class, id.toString())).as("the act is recorded").isEqualTo(1);
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
                Element row = admin.get("/admin/projections").html().selectFirst("tr[data-projection=documents]");
                return row.text().contains("error") && row.text().contains("document_view refuses this row");
            });
            assertThat(catchUp.isCaughtUp("documents")).isFalse();
        } finally {
            jdbc.execute("drop trigger if exists refuse_poisoned_document on document_view");
            jdbc.execute("drop function if exists refuse_poisoned_document()");
        }

        Awaitility.await().atMost(Duration.ofSeconds(90)).until(() -> catchUp.isCaughtUp("documents"));
        assertThat(sponsor.browser().get("/sponsor/documents/" + id).assertStatus(200).html().selectFirst("h1").text())
                .isEqualTo(title);
        assertThat(admin.get("/admin/projections").html().selectFirst("tr[data-projection=documents]").text())
                .contains("running");
    }

    /**
     * The documents processor is stopped while the sponsor creates a document, so the read model is behind when
     * the page is asked for; the page waits for it instead of answering 404, and shows the document.
     */
    @Test
    void the_page_after_a_sponsors_act_waits_for_the_read_model_and_shows_the_act() {
        Person sponsor = scenario().active(Role.SPONSOR);
        Person editor = scenario().active(Role.EDITOR);
        StreamingEventProcessor documents = positions.processor("documents").orElseThrow();
        String title = "Waited for " + UUID.randomUUID();
        documents.shutDown();
        CompletableFuture<Browser.Response> page;
        try {
            UUID id = scenario().createDocument(sponsor, editor.id(), title, "body");
            assertThat(jdbc.queryForObject("select count(*) from document_view where document_id = ?", Long.class, id))
                    .as("the read model is behind").isZero();

            page = CompletableFuture.supplyAsync(() -> sponsor.browser().get("/sponsor/documents/" + id));
            assertThat(page).as("the page waits while the read model is behind").isNotDone();
        } finally {
            documents.start();
        }

        assertThat(page.join().assertStatus(200).html().selectFirst("h1").text()).isEqualTo(title);
    }
}
