package io.parley.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Refuses request bodies over the configured size with 413 before anything reads them: by
 * Content-Length when given, and by counting for chunked bodies.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class BodyLimitFilter extends OncePerRequestFilter {

    private final long max;

    BodyLimitFilter(@Value("${parley.ingest.max-body-bytes:5242880}") long max) {
        this.max = max;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws ServletException, IOException {
        if (req.getContentLengthLong() > max) {
            tooLarge(req, res);
            return;
        }
        LimitedRequest limited = new LimitedRequest(req, max, utf8Json(req.getContentType()) ? new LaxUtf8() : null);
        try {
            chain.doFilter(limited, res);
        } catch (ServletException | IOException | RuntimeException e) {
            if (limited.exceeded && !res.isCommitted()) {
                res.reset();
                tooLarge(req, res);
                return;
            }
            throw e;
        }
        if (limited.exceeded && !res.isCommitted()) {
            res.reset();
            tooLarge(req, res);
        }
    }

    /** A JSON body in UTF-8: declared so, or with no charset (RFC 8259); a UTF-16 one is Jackson's to detect. */
    static boolean utf8Json(String contentType) {
        if (contentType == null) {
            return false;
        }
        try {
            MediaType type = MediaType.parseMediaType(contentType);
            return (type.getSubtype().equals("json") || type.getSubtype().endsWith("+json"))
                    && (type.getCharset() == null || type.getCharset().equals(java.nio.charset.StandardCharsets.UTF_8));
        } catch (RuntimeException e) {
            return false; // an unreadable Content-Type is refused (415) before any body is read
        }
    }

    private void tooLarge(HttpServletRequest req, HttpServletResponse res) throws IOException {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", "Payload too large");
        problem.put("status", 413);
        problem.put("detail", "the body is larger than " + max + " bytes (parley.ingest.max-body-bytes)");
        problem.put("fields", ProblemHandlers.field("body", "larger than " + max + " bytes"));
        write(req, res, 413, problem);
    }

    /**
     * A problem a filter answers, with {@code instance} as the controllers' problems have, as bytes in UTF-8: written
     * with getWriter it had none and went out as "application/problem+json;charset=ISO-8859-1" (trial11).
     */
    static void write(HttpServletRequest req, HttpServletResponse res, int status, Map<String, Object> problem)
            throws IOException {
        try {
            problem.put("instance", java.net.URI.create(req.getRequestURI()).toString());
        } catch (IllegalArgumentException e) {
            // a path no URI can hold: the problem goes without instance rather than not at all
        }
        res.setStatus(status);
        res.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        byte[] body = JSON.writeValueAsBytes(problem);
        res.setContentLength(body.length);
        res.getOutputStream().write(body);
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

    /**
     * A body read past the limit. Without a Content-Length this only shows while a converter reads, and the converter's
     * failure (a 400 "not valid JSON") may be written before this filter sees it, so the problem handlers look for it.
     */
    static final class BodyTooLarge extends IOException {
        final long max;

        BodyTooLarge(long max) {
            super("request body over " + max + " bytes");
            this.max = max;
        }
    }

    static final class LimitedRequest extends HttpServletRequestWrapper {
        private final long max;
        private final LaxUtf8 utf8;
        boolean exceeded;
        private ServletInputStream stream;

        LimitedRequest(HttpServletRequest request, long max, LaxUtf8 utf8) {
            super(request);
            this.max = max;
            this.utf8 = utf8;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                ServletInputStream in = super.getInputStream();
                stream = new ServletInputStream() {
                    long count;

                    @Override
                    public int read() throws IOException {
                        int b = in.read();
                        if (b >= 0) {
                            check(1);
                            if (utf8 != null) {
                                utf8.check(new byte[]{(byte) b}, 0, 1);
                            }
                        }
                        return b;
                    }

                    @Override
                    public int read(byte[] buf, int off, int len) throws IOException {
                        int n = in.read(buf, off, len);
                        if (n > 0) {
                            check(n);
                            if (utf8 != null) {
                                utf8.check(buf, off, n);
                            }
                        }
                        return n;
                    }

                    private void check(int n) throws IOException {
                        count += n;
                        if (count > max) {
                            exceeded = true;
                            throw new BodyTooLarge(max);
                        }
                    }

                    @Override
                    public boolean isFinished() {
                        return in.isFinished();
                    }

                    @Override
                    public boolean isReady() {
                        return in.isReady();
                    }

                    @Override
                    public void setReadListener(ReadListener listener) {
                        in.setReadListener(listener);
                    }
                };
            }
            return stream;
        }
    }
}
