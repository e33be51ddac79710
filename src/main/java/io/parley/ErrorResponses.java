package io.parley;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.apache.catalina.Container;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Errors that no controller handled: a request the security firewall refused (a ";" or ".." in the path), an
 * exception in a filter, or a URL Tomcat could not even decode (a "%2F", "%00" or bare "%", an 8 KB URL). Spring
 * Boot's defaults answer those with its own JSON shape and Tomcat's HTML page; machines on {@code /api} get
 * problem+json like every other API error, people the site's error page.
 */
@Configuration(proxyBeanMethods = false)
@org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication
class ErrorResponses {

    /** A request attribute our own code sets before sendError: the page's detail, in place of the status's generic one. */
    static final String DETAIL_ATTRIBUTE = ErrorResponses.class.getName() + ".detail";

    /** Paths whose callers are programs. */
    static boolean machinePath(String uri) {
        return uri != null && (uri.startsWith("/api") || uri.startsWith("/v3/api-docs") || uri.startsWith("/actuator"));
    }

    static String detail(HttpStatus status) {
        return switch (status) {
            case BAD_REQUEST -> "the request was refused: its URL, headers or parameters are malformed or not allowed "
                    + "(encoded '/', '\\', '%' or NUL, ';' or '..' in the path, or a URL over 8 KB)";
            case NOT_FOUND -> "no such resource";
            case METHOD_NOT_ALLOWED -> "this method is not allowed here";
            case INTERNAL_SERVER_ERROR -> "an unexpected error occurred; it was logged";
            default -> status.getReasonPhrase();
        };
    }

    @Controller
    static class ErrorEndpoint implements ErrorController {

        @RequestMapping("/error")
        Object error(HttpServletRequest req) {
            Object code = req.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
            // asked for directly, nothing failed: there is no page here
            HttpStatus status = code instanceof Integer c && HttpStatus.resolve(c) != null ? HttpStatus.resolve(c)
                    : HttpStatus.NOT_FOUND;
            Object uri = req.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
            String path = uri instanceof String s ? s : req.getRequestURI();
            String detail = req.getAttribute(DETAIL_ATTRIBUTE) instanceof String own ? own : detail(status);
            if (machinePath(path)) {
                ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
                try {
                    p.setInstance(java.net.URI.create(path));
                } catch (IllegalArgumentException e) {
                    // not a URI (that may be why it was refused): Spring then names /error, which is no worse
                }
                return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(p);
            }
            ModelAndView mv = new ModelAndView("error-page", Map.of("status", status.value(),
                    "title", status.getReasonPhrase(), "detail", detail));
            mv.setStatus(status);
            return mv;
        }
    }

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemErrorValve() {
        return factory -> factory.addContextCustomizers(context -> {
            Container parent = context.getParent();
            if (parent instanceof StandardHost host) {
                host.setErrorReportValveClass(ProblemErrorValve.class.getName());
            }
        });
    }

    /**
     * Tomcat's answer to a request it refused before any servlet saw it. Public with a public constructor because
     * Tomcat instantiates its host's error valve by class name.
     */
    public static class ProblemErrorValve extends ErrorReportValve {

        public ProblemErrorValve() {
            setShowReport(false);
            setShowServerInfo(false);
        }

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            int code = response.getStatus();
            if (code < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
                return;
            }
            HttpStatus status = HttpStatus.resolve(code);
            if (status == null) {
                status = code >= 500 ? HttpStatus.INTERNAL_SERVER_ERROR : HttpStatus.BAD_REQUEST;
            }
            String uri = request.getRequestURI();
            // no URI at all (an 8 KB request line is refused before it is parsed): only programs send those
            boolean machine = uri == null || uri.isEmpty() || machinePath(uri);
            String detail = detail(status);
            try {
                response.setCharacterEncoding(StandardCharsets.UTF_8.name());
                String body;
                if (machine) {
                    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                    body = "{\"type\":\"about:blank\",\"title\":\"" + status.getReasonPhrase() + "\",\"status\":"
                            + status.value() + ",\"detail\":\"" + detail.replace("\\", "\\\\") + "\"}";
                } else {
                    response.setContentType(MediaType.TEXT_HTML_VALUE);
                    body = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + status.value()
                            + " · " + status.getReasonPhrase() + "</title></head><body><h1>" + status.value() + " · "
                            + status.getReasonPhrase() + "</h1><p>" + detail.replace("<", "&lt;")
                            + "</p><p><a href=\"/\">Back to your sites</a></p></body></html>";
                }
                Writer w = response.getReporter();
                if (w != null) {
                    w.write(body);
                    response.finishResponse();
                }
            } catch (IOException | IllegalStateException e) {
                // the client is gone or the response was taken meanwhile: nothing more to say
            }
        }
    }
}
