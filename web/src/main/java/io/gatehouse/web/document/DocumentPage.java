package io.gatehouse.web.document;

import io.gatehouse.query.account.AccountDirectory;
import io.gatehouse.query.document.DocumentView;
import io.gatehouse.web.support.DocumentRow;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/** What the sponsor's and the editor's document pages both show: the document and its edit form. */
@Component
public class DocumentPage {

    private final AccountDirectory directory;

    DocumentPage(AccountDirectory directory) {
        this.directory = directory;
    }

    /** {@code typed} is what the person sent, kept in the form when it was not saved; null when the page opens. */
    public ModelAndView render(String view, DocumentView document, DocumentForm typed, EditState state) {
        ModelAndView page = state.applyTo(new ModelAndView(view));
        DocumentRow row = DocumentRow.of(document, directory);
        page.addObject("document", row);
        page.addObject("title", typed != null ? typed.getTitle() : row.title());
        page.addObject("body", typed != null ? typed.getBody() : row.body());
        return page;
    }
}
