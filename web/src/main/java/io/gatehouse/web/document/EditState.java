package io.gatehouse.web.document;

import io.gatehouse.command.CommandRefusedException;
import io.gatehouse.web.support.Web;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.ModelAndView;

import java.util.Map;
import java.util.Set;

/**
 * The state of a document page's edit form: as opened, or after a save that did not happen, with why not, the
 * fields at fault, the version the form must carry for the next save, and the saved text the person has to see
 * before that save may replace it: what changed since their page was opened ({@link OutOfDate}), or, when the
 * form did not say which version it was opened from, the whole document as it is saved now ({@link SavedNow}).
 */
public record EditState(HttpStatus status, String problem, Map<String, String> fieldErrors, long version,
                        OutOfDate outOfDate, SavedNow savedNow) {

    public static final String MARKED = "Please correct the marked fields.";

    /** The fields the edit form shows; a refusal naming another (the editor, on reassign) stays a message. */
    private static final Set<String> FORM_FIELDS = Set.of("title", "body");

    /** The page as opened: the form carries the version the document is at. */
    public static EditState opened(long version) {
        return new EditState(HttpStatus.OK, null, Map.of(), version, null, null);
    }

    /**
     * A save or reassignment the rules refused. The form keeps the page's version: a save from a stale page is
     * still refused once the text is fixed.
     */
    public static EditState refused(CommandRefusedException refused, long version) {
        HttpStatus status = Web.statusOf(refused);
        return refused.field().filter(FORM_FIELDS::contains)
                .map(field -> new EditState(status, MARKED, Map.of(field, refused.getMessage()), version, null, null))
                .orElseGet(() -> new EditState(status, refused.getMessage(), Map.of(), version, null, null));
    }

    static EditState outOfDate(String problem, long currentVersion, OutOfDate outOfDate) {
        return new EditState(HttpStatus.CONFLICT, problem, Map.of(), currentVersion, outOfDate, null);
    }

    static EditState unknownVersion(String problem, long currentVersion, SavedNow savedNow) {
        return new EditState(HttpStatus.BAD_REQUEST, problem, Map.of(), currentVersion, null, savedNow);
    }

    /** The page's model: the controller adds the document and the text the person typed. */
    public ModelAndView applyTo(ModelAndView view) {
        view.setStatus(status);
        view.addObject("problem", problem);
        view.addObject("fieldErrors", fieldErrors);
        view.addObject("version", version);
        view.addObject("outOfDate", outOfDate);
        view.addObject("savedNow", savedNow);
        view.addObject("besideSaved", outOfDate != null || savedNow != null);
        return view;
    }
}
