package io.gatehouse.web.support;

import io.gatehouse.query.account.AccountDirectory;
import io.gatehouse.query.account.AccountView;
import io.gatehouse.query.document.DocumentView;

import java.util.UUID;

/** A document as the sponsor's and editor's pages list it, with the other party named. */
public record DocumentRow(String id, String title, String body, String editorId, String editorName,
                          String sponsorName, String createdAt, String updatedAt) {

    public static DocumentRow of(DocumentView document, AccountDirectory directory) {
        return new DocumentRow(document.getDocumentId().toString(), document.getTitle(), document.getBody(),
                document.getEditorId().toString(), name(directory, document.getEditorId()),
                name(directory, document.getSponsorId()), Web.time(document.getCreatedAt()),
                Web.time(document.getUpdatedAt()));
    }

    private static String name(AccountDirectory directory, UUID accountId) {
        return directory.findAccount(accountId)
                .map(a -> a.getDisplayName() + " <" + a.getEmail() + ">")
                .orElse(accountId.toString());
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
