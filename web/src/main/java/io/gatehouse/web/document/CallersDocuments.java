package io.gatehouse.web.document;

import io.gatehouse.account.Role;
import io.gatehouse.query.document.DocumentCatalog;
import io.gatehouse.query.document.DocumentView;
import io.gatehouse.web.api.ApiCaller;
import io.gatehouse.web.support.NotFoundException;
import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.UUID;

/** The API caller's documents, by the pages' rule: its sponsor or its editor, each in that role. */
@Component
class CallersDocuments {

    private final DocumentCatalog catalog;

    CallersDocuments(DocumentCatalog catalog) {
        this.catalog = catalog;
    }

    /** The document, if the caller may see it; to anyone else it does not exist (404). */
    DocumentView visible(UUID id) {
        ApiCaller caller = ApiCaller.current();
        Optional<DocumentView> sponsored = caller.holds(Role.SPONSOR)
                ? catalog.findForSponsor(id, caller.accountId()) : Optional.empty();
        return sponsored.or(() -> caller.holds(Role.EDITOR) ? catalog.findForEditor(id, caller.accountId())
                : Optional.empty()).orElseThrow(() -> new NotFoundException("No such document among yours."));
    }
}
