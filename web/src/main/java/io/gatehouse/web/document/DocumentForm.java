package io.gatehouse.web.document;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/**
 * The edit form of a document page. Title and body are checked by the command (one rule, one place); the form
 * checks only the version the page was opened at, which a person never types but a hand-made request can omit.
 */
public class DocumentForm {

    static final String NO_VERSION = "This form did not say which version of the document it was opened from. "
            + "Your changes were not saved: the document as it is saved now is shown below, and your text is kept "
            + "in the form. Save again to replace the saved text with yours.";

    private String title;
    private String body;

    @NotBlank(message = NO_VERSION)
    @Pattern(regexp = "\\d{1,18}", message = NO_VERSION)
    private String version;

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    /** A missing body is an empty one, as the textarea sends it. */
    public String getBody() {
        return body == null ? "" : body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public String getVersion() {
        return version;
    }

    public void setVersion(String version) {
        this.version = version;
    }
}
