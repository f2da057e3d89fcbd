package io.gatehouse.command.document;

import io.gatehouse.command.CommandRefusedException;
import io.gatehouse.command.account.InMemoryAccountRegistry;
import io.gatehouse.document.CreateDocument;
import io.gatehouse.document.DocumentCreated;
import io.gatehouse.document.DocumentEdited;
import io.gatehouse.document.DocumentReassigned;
import io.gatehouse.document.EditDocument;
import io.gatehouse.document.ReassignDocument;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.hamcrest.FeatureMatcher;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Optional;
import java.util.UUID;

import static org.hamcrest.Matchers.equalTo;

/** Creating, editing and reassigning a document. */
class DocumentTest {

    private static final UUID DOCUMENT = UUID.fromString("66666666-6666-6666-6666-666666666666");
    private static final UUID SPONSOR = UUID.fromString("77777777-7777-7777-7777-777777777777");
    private static final UUID EDITOR = UUID.fromString("88888888-8888-8888-8888-888888888888");
    private static final UUID OTHER_EDITOR = UUID.fromString("99999999-9999-9999-9999-999999999999");
    private static final UUID STRANGER = UUID.fromString("aaaaaaaa-aaaa-aaaa-aaaa-aaaaaaaaaaaa");
    private static final String CLIENT = "198.51.100.4";

    private FixtureConfiguration<Document> fixture;
    private InMemoryAccountRegistry registry;

    @BeforeEach
    void setUp() {
        registry = new InMemoryAccountRegistry().withActiveEditor(EDITOR).withActiveEditor(OTHER_EDITOR);
        fixture = new AggregateTestFixture<>(Document.class);
        fixture.registerInjectableResource(registry);
    }

    private static DocumentCreated created() {
        return new DocumentCreated(DOCUMENT, SPONSOR, EDITOR, "Draft", "First words.", CLIENT);
    }

    /** A refusal of invalid input that names the field at fault, so the page can mark it. */
    private static Matcher<CommandRefusedException> refusedAt(String field) {
        return new FeatureMatcher<>(equalTo(Optional.of(field)), "refused at field", "field") {
            @Override
            protected Optional<String> featureValueOf(CommandRefusedException refused) {
                return refused.field();
            }
        };
    }

    private static CreateDocument create(UUID editorId, String title, String body) {
        return new CreateDocument(DOCUMENT, SPONSOR, editorId, title, body, CLIENT);
    }

    // --- create --------------------------------------------------------------------------------------------

    @Test
    void createWithActiveEditorThenDocumentCreated() {
        fixture.givenNoPriorActivity()
                .when(create(EDITOR, "  Draft  ", "First words."))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new DocumentCreated(DOCUMENT, SPONSOR, EDITOR, "Draft", "First words.", CLIENT));
    }

    @Test
    void createWithoutBodyThenDocumentCreated() {
        fixture.givenNoPriorActivity()
                .when(create(EDITOR, "Draft", null))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new DocumentCreated(DOCUMENT, SPONSOR, EDITOR, "Draft", null, CLIENT));
    }

    @Test
    void createWithMaximumTitleAndBodyThenDocumentCreated() {
        String title = "t".repeat(Document.MAX_TITLE);
        String body = "b".repeat(Document.MAX_BODY);
        fixture.givenNoPriorActivity()
                .when(create(EDITOR, title, body))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new DocumentCreated(DOCUMENT, SPONSOR, EDITOR, title, body, CLIENT));
    }

    @Test
    void createWithInactiveEditorThenRefused() {
        fixture.givenNoPriorActivity()
                .when(create(STRANGER, "Draft", "First words."))
                .expectException(CommandRefusedException.class)
                .expectExceptionMessage("Choose an active editor.")
                .expectNoEvents();
    }

    @Test
    void createWithoutEditorThenRefused() {
        fixture.givenNoPriorActivity()
                .when(create(null, "Draft", "First words."))
                .expectException(CommandRefusedException.class)
                .expectExceptionMessage("Choose an active editor.")
                .expectNoEvents();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void createWithBlankTitleThenRefused(String title) {
        fixture.givenNoPriorActivity()
                .when(create(EDITOR, title, "First words."))
                .expectException(CommandRefusedException.class)
                .expectExceptionMessage("A title is required.")
                .expectNoEvents();
    }

    @Test
    void createWithTitleLongerThan200CharactersThenRefused() {
        fixture.givenNoPriorActivity()
                .when(create(EDITOR, "t".repeat(Document.MAX_TITLE + 1), "First words."))
                .expectException(refusedAt("title"))
                .expectExceptionMessage("A title can be at most 200 characters long.")
                .expectNoEvents();
    }

    @Test
    void createWithBodyLongerThan20000CharactersThenRefused() {
        fixture.givenNoPriorActivity()
                .when(create(EDITOR, "Draft", "b".repeat(Document.MAX_BODY + 1)))
                .expectException(CommandRefusedException.class)
                .expectExceptionMessage("A body can be at most 20000 characters long.")
                .expectNoEvents();
    }

    // --- edit ----------------------------------------------------------------------------------------------

    @Test
    void editBySponsorThenDocumentEdited() {
        fixture.given(created())
                .when(new EditDocument(DOCUMENT, 0L, " Revised ", "Better words.", SPONSOR, CLIENT))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new DocumentEdited(DOCUMENT, "Revised", "Better words.", SPONSOR, CLIENT));
    }

    @Test
    void editByEditorThenDocumentEdited() {
        fixture.given(created())
                .when(new EditDocument(DOCUMENT, 0L, "Revised", "Better words.", EDITOR, CLIENT))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new DocumentEdited(DOCUMENT, "Revised", "Better words.", EDITOR, CLIENT));
    }

    @Test
    void editByStrangerThenRefused() {
        fixture.given(created())
                .when(new EditDocument(DOCUMENT, 0L, "Revised", "Better words.", STRANGER, CLIENT))
                .expectException(CommandRefusedException.class)
                .expectExceptionMessage("Only the document's sponsor or its editor can edit it.")
                .expectNoEvents();
    }

    @Test
    void editByAnotherActiveEditorThenRefused() {
        fixture.given(created())
                .when(new EditDocument(DOCUMENT, 0L, "Revised", "Better words.", OTHER_EDITOR, CLIENT))
                .expectException(CommandRefusedException.class)
                .expectExceptionMessage("Only the document's sponsor or its editor can edit it.")
                .expectNoEvents();
    }

    @Test
    void editByPreviousEditorAfterReassignmentThenRefused() {
        fixture.given(created(), new DocumentReassigned(DOCUMENT, EDITOR, OTHER_EDITOR, SPONSOR, CLIENT))
                .when(new EditDocument(DOCUMENT, 1L, "Revised", "Better words.", EDITOR, CLIENT))
                .expectException(CommandRefusedException.class)
                .expectExceptionMessage("Only the document's sponsor or its editor can edit it.")
                .expectNoEvents();
    }

    @Test
    void editByNewEditorAfterReassignmentThenDocumentEdited() {
        fixture.given(created(), new DocumentReassigned(DOCUMENT, EDITOR, OTHER_EDITOR, SPONSOR, CLIENT))
                .when(new EditDocument(DOCUMENT, 1L, "Revised", "Better words.", OTHER_EDITOR, CLIENT))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new DocumentEdited(DOCUMENT, "Revised", "Better words.", OTHER_EDITOR, CLIENT));
    }

    @Test
    void editWithBlankTitleThenRefused() {
        fixture.given(created())
                .when(new EditDocument(DOCUMENT, 0L, " ", "Better words.", EDITOR, CLIENT))
                .expectException(refusedAt("title"))
                .expectExceptionMessage("A title is required.")
                .expectNoEvents();
    }

    @Test
    void editWithBodyLongerThan20000CharactersThenRefused() {
        fixture.given(created())
                .when(new EditDocument(DOCUMENT, 0L, "Revised", "b".repeat(Document.MAX_BODY + 1), EDITOR, CLIENT))
                .expectException(refusedAt("body"))
                .expectExceptionMessage("A body can be at most 20000 characters long.")
                .expectNoEvents();
    }

    // --- edit from a page that is out of date -------------------------------------------------------------

    @Test
    void editFromAPageOpenedBeforeAnotherSaveThenRefusedAndNothingRecorded() {
        fixture.given(created(), new DocumentEdited(DOCUMENT, "Editor's", "Editor's words.", EDITOR, CLIENT))
                .when(new EditDocument(DOCUMENT, 0L, "Sponsor's", "Sponsor's words.", SPONSOR, CLIENT))
                .expectException(ConflictingAggregateVersionException.class)
                .expectNoEvents();
    }

    @Test
    void editFromAPageOpenedBeforeAReassignmentThenRefused() {
        fixture.given(created(), new DocumentReassigned(DOCUMENT, EDITOR, OTHER_EDITOR, SPONSOR, CLIENT))
                .when(new EditDocument(DOCUMENT, 0L, "Revised", "Better words.", SPONSOR, CLIENT))
                .expectException(ConflictingAggregateVersionException.class)
                .expectNoEvents();
    }

    @Test
    void editWithTheCurrentVersionAfterAnotherSaveThenDocumentEdited() {
        fixture.given(created(), new DocumentEdited(DOCUMENT, "Editor's", "Editor's words.", EDITOR, CLIENT))
                .when(new EditDocument(DOCUMENT, 1L, "Sponsor's", "Sponsor's words.", SPONSOR, CLIENT))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new DocumentEdited(DOCUMENT, "Sponsor's", "Sponsor's words.", SPONSOR, CLIENT));
    }

    // --- reassign ------------------------------------------------------------------------------------------

    @Test
    void reassignBySponsorToAnotherActiveEditorThenDocumentReassigned() {
        fixture.given(created())
                .when(new ReassignDocument(DOCUMENT, OTHER_EDITOR, SPONSOR, CLIENT))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new DocumentReassigned(DOCUMENT, EDITOR, OTHER_EDITOR, SPONSOR, CLIENT));
    }

    @Test
    void reassignTwiceThenPreviousEditorIsTheLastOne() {
        fixture.given(created(), new DocumentReassigned(DOCUMENT, EDITOR, OTHER_EDITOR, SPONSOR, CLIENT))
                .when(new ReassignDocument(DOCUMENT, EDITOR, SPONSOR, CLIENT))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new DocumentReassigned(DOCUMENT, OTHER_EDITOR, EDITOR, SPONSOR, CLIENT));
    }

    @Test
    void reassignByEditorThenRefused() {
        fixture.given(created())
                .when(new ReassignDocument(DOCUMENT, OTHER_EDITOR, EDITOR, CLIENT))
                .expectException(CommandRefusedException.class)
                .expectExceptionMessage("Only the document's sponsor can reassign it.")
                .expectNoEvents();
    }

    @Test
    void reassignByStrangerThenRefused() {
        fixture.given(created())
                .when(new ReassignDocument(DOCUMENT, OTHER_EDITOR, STRANGER, CLIENT))
                .expectException(CommandRefusedException.class)
                .expectExceptionMessage("Only the document's sponsor can reassign it.")
                .expectNoEvents();
    }

    @Test
    void reassignToSameEditorThenRefused() {
        fixture.given(created())
                .when(new ReassignDocument(DOCUMENT, EDITOR, SPONSOR, CLIENT))
                .expectException(CommandRefusedException.class)
                .expectExceptionMessage("The document is already assigned to that editor.")
                .expectNoEvents();
    }

    @Test
    void reassignToInactiveEditorThenRefused() {
        fixture.given(created())
                .when(new ReassignDocument(DOCUMENT, STRANGER, SPONSOR, CLIENT))
                .expectException(CommandRefusedException.class)
                .expectExceptionMessage("Choose an active editor.")
                .expectNoEvents();
    }
}
