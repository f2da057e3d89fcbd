package io.gatehouse.web.document;

import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.ModelAndView;

/**
 * The state of a document page's edit form: as opened, or after a save that did not happen, with why not, the
 * version the form must carry for the next save, and, when someone saved since the page was opened, what changed.
 */
public record EditState(HttpStatus status, String problem, long version, OutOfDate outOfDate) {

    /** The page as opened: the form carries the version the document is at. */
    public static EditState opened(long version) {
        return new EditState(HttpStatus.OK, null, version, null);
    }

    /** The page's model: the controller adds the document and the text the person typed. */
    public ModelAndView applyTo(ModelAndView view) {
        view.setStatus(status);
        view.addObject("problem", problem);
        view.addObject("version", version);
        view.addObject("outOfDate", outOfDate);
        return view;
    }
}
