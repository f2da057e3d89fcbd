package io.gatehouse.web.projections;

import io.gatehouse.web.support.ErrorPages;
import io.gatehouse.web.support.NotFoundException;
import io.gatehouse.web.support.Web;
import org.axonframework.config.EventProcessingConfiguration;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.List;

/** /admin/projections: where each read model stands, and replays. Admins only, with step-up for the POST (/admin/**). */
@Controller
class AdminProjectionsController {

    /** While a replay runs the page reloads itself this often (a meta refresh: the CSP allows no inline script). */
    private static final int REFRESH_SECONDS = 2;

    private final ProjectionStatuses statuses;
    private final ProjectionReplays replays;
    private final EventProcessingConfiguration processing;

    AdminProjectionsController(ProjectionStatuses statuses, ProjectionReplays replays,
                               EventProcessingConfiguration processing) {
        this.statuses = statuses;
        this.replays = replays;
        this.processing = processing;
    }

    @GetMapping("/admin/projections")
    ModelAndView page() {
        List<ProjectionRow> rows = statuses.readModels();
        ModelAndView view = new ModelAndView("admin/projections");
        view.addObject("projections", rows);
        view.addObject("head", rows.isEmpty() ? -1 : rows.get(0).head());
        view.addObject("sideEffects", statuses.sideEffects());
        if (rows.stream().anyMatch(ProjectionRow::replaying)) {
            view.addObject("refreshSeconds", REFRESH_SECONDS);
        }
        return view;
    }

    @PostMapping("/admin/projections/{name}/replay")
    ModelAndView replay(@PathVariable String name, RedirectAttributes flash) {
        ReadModels.ReadModel model = ReadModels.find(name).orElse(null);
        if (model == null) {
            if (processing.eventProcessor(name).isPresent()) {
                return ErrorPages.page(409, "\u201c" + name + "\u201d sends mail, ends sessions or changes credentials: "
                        + "replaying it would do all of that again, so it is never replayed.");
            }
            throw new NotFoundException("No such projection");
        }
        try {
            replays.start(model, Web.requireCurrentAccount().getName());
        } catch (ProjectionReplays.Refused refused) {
            return ErrorPages.page(409, refused.getMessage());
        }
        flash.addFlashAttribute("notice", "Replay of " + name + " started. Pages keep serving while it runs.");
        return Web.seeOther("/admin/projections");
    }
}
