package io.gatehouse.web.support;

import io.gatehouse.personal.Erased;
import io.gatehouse.query.account.AccountDirectory;
import io.gatehouse.query.account.AccountView;
import io.gatehouse.query.document.DocumentView;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/** A document as the sponsor's and editor's pages list it, with the other party named. */
public record DocumentRow(String id, String title, String body, String editorId, String editorName,
                          String sponsorName, Moment createdAt, Moment updatedAt) {

    public static DocumentRow of(DocumentView document, AccountDirectory directory) {
        return of(document, names(directory));
    }

    /** A list's rows, looking each sponsor and editor up once however many documents they share. */
    public static List<DocumentRow> all(List<DocumentView> documents, AccountDirectory directory) {
        Function<UUID, String> names = names(directory);
        return documents.stream().map(document -> of(document, names)).toList();
    }

    private static DocumentRow of(DocumentView document, Function<UUID, String> names) {
        return new DocumentRow(document.getDocumentId().toString(), Erased.orLabel(document.getTitle()),
                document.getBody() == null ? "" : document.getBody(),
                document.getEditorId().toString(), names.apply(document.getEditorId()),
                names.apply(document.getSponsorId()), Moment.of(document.getCreatedAt()),
                Moment.of(document.getUpdatedAt()));
    }

    /** People as the document pages name them, each looked up once. */
    public static Function<UUID, String> names(AccountDirectory directory) {
        Map<UUID, String> known = new HashMap<>();
        return accountId -> known.computeIfAbsent(accountId, id -> directory.findAccount(id)
                .map(a -> a.isErased() ? Erased.LABEL : a.getDisplayName() + " <" + a.getEmail() + ">")
                .orElse(id.toString()));
    }

    /** An editor as a choice in a form. */
    public record EditorOption(String id, String label, boolean selected) {
        public static EditorOption of(AccountView editor, String selectedId) {
            return new EditorOption(editor.getAccountId().toString(),
                    editor.getDisplayName() + " <" + editor.getEmail() + ">",
                    editor.getAccountId().toString().equals(selectedId));
        }
    }
}
