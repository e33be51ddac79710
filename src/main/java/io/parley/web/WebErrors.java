package io.parley.web;

import io.parley.ingest.ArticleNotFound;
import io.parley.moderation.AlreadyDecided;
import io.parley.moderation.ClaimLost;
import io.parley.moderation.DecisionNotFound;
import io.parley.moderation.InvalidModerationInput;
import io.parley.moderation.ItemNotFound;
import io.parley.moderation.NotEscalated;
import io.parley.moderation.NotYourDecision;
import io.parley.moderation.UndoExpired;
import io.parley.site.AccessDenied;
import io.parley.site.InvalidSettings;
import io.parley.site.SiteNotFound;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

import java.util.Map;

/**
 * Errors of the pages: an HTML page for a browser navigation, problem+json for the page's own scripts (they send
 * X-Requested-With or HX-Request; they read {@code detail}). Runs before the REST problem handlers for this package only.
 */
@ControllerAdvice(basePackages = "io.parley.web")
@Order(Ordered.HIGHEST_PRECEDENCE)
class WebErrors {

    @ExceptionHandler({SiteNotFound.class, ItemNotFound.class, ArticleNotFound.class, DecisionNotFound.class,
            io.parley.moderation.CommentNotFound.class, io.parley.moderation.ReasonNotFound.class, io.parley.webhook.WebhookNotFound.class,
            io.parley.site.ApiKeyNotFound.class, io.parley.site.UserNotFound.class})
    Object notFound(RuntimeException e, HttpServletRequest req) {
        return respond(req, HttpStatus.NOT_FOUND, "Not found", e.getMessage());
    }

    @ExceptionHandler({AccessDenied.class, NotYourDecision.class})
    Object denied(RuntimeException e, HttpServletRequest req) {
        return respond(req, HttpStatus.FORBIDDEN, "Not allowed", e.getMessage());
    }

    @ExceptionHandler({ClaimLost.class, AlreadyDecided.class, UndoExpired.class, NotEscalated.class,
            io.parley.moderation.NotReversible.class})
    Object conflict(RuntimeException e, HttpServletRequest req) {
        return respond(req, HttpStatus.CONFLICT, "Changed meanwhile", e.getMessage());
    }

    @ExceptionHandler(InvalidSettings.class)
    Object invalid(InvalidSettings e, HttpServletRequest req) {
        return respond(req, HttpStatus.BAD_REQUEST, "Invalid " + e.field(), e.field() + ": " + e.getMessage());
    }

    @ExceptionHandler(InvalidModerationInput.class)
    Object invalid(InvalidModerationInput e, HttpServletRequest req) {
        return respond(req, HttpStatus.BAD_REQUEST, "Invalid " + e.field(), e.field() + ": " + e.getMessage());
    }

    /**
     * A path or form value of the wrong type ({@code /queue/abc}) or a form field left out: the REST handlers would
     * answer these with problem+json, which a browser shows as raw JSON. An id that is no number names nothing: 404.
     */
    @ExceptionHandler(org.springframework.web.method.annotation.MethodArgumentTypeMismatchException.class)
    Object typeMismatch(org.springframework.web.method.annotation.MethodArgumentTypeMismatchException e,
                        HttpServletRequest req) {
        if (e.getParameter().hasParameterAnnotation(org.springframework.web.bind.annotation.PathVariable.class)) {
            return respond(req, HttpStatus.NOT_FOUND, "Not found", "no such " + e.getName() + " here: '"
                    + clip(String.valueOf(e.getValue())) + "' is not a valid " + e.getName());
        }
        // what the parameter takes, as the API says it (it was "days: not a valid value")
        String sent = clip(String.valueOf(e.getValue()));
        Class<?> t = e.getRequiredType();
        String takes = t == int.class || t == Integer.class || t == long.class || t == Long.class ? "a whole number"
                : t == boolean.class || t == Boolean.class ? "true or false" : null;
        return respond(req, HttpStatus.BAD_REQUEST, "Invalid " + e.getName(), e.getName() + ": "
                + (takes == null ? "not a valid value: '" + sent + "'" : takes + ", not '" + sent + "'"));
    }

    @ExceptionHandler(org.springframework.web.bind.MissingServletRequestParameterException.class)
    Object missing(org.springframework.web.bind.MissingServletRequestParameterException e, HttpServletRequest req) {
        return respond(req, HttpStatus.BAD_REQUEST, "Missing " + e.getParameterName(), e.getParameterName() + " is required");
    }

    private static String clip(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }

    private static Object respond(HttpServletRequest req, HttpStatus status, String title, String detail) {
        if (req.getHeader("X-Requested-With") != null || req.getHeader("HX-Request") != null) {
            // problem+json as the REST API answers (type, instance): it was bare JSON without either
            ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail == null ? "" : detail);
            p.setTitle(title);
            try {
                p.setInstance(java.net.URI.create(req.getRequestURI()));
            } catch (IllegalArgumentException e) {
                // a path no URI can hold: Spring fills in what it can
            }
            return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(p);
        }
        ModelAndView mv = new ModelAndView("error-page", Map.of("status", status.value(), "title", title,
                "detail", detail == null ? "" : detail));
        mv.setStatus(status);
        return mv;
    }
}
