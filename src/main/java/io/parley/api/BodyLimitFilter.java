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
            tooLarge(res);
            return;
        }
        LimitedRequest limited = new LimitedRequest(req, max, utf8Json(req.getContentType()) ? new LaxUtf8() : null);
        try {
            chain.doFilter(limited, res);
        } catch (ServletException | IOException | RuntimeException e) {
            if (limited.exceeded && !res.isCommitted()) {
                res.reset();
                tooLarge(res);
                return;
            }
            throw e;
        }
        if (limited.exceeded && !res.isCommitted()) {
            res.reset();
            tooLarge(res);
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

    private void tooLarge(HttpServletResponse res) throws IOException {
        res.setStatus(413);
        res.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        res.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Payload too large\",\"status\":413,"
                + "\"detail\":\"the body is larger than " + max + " bytes (parley.ingest.max-body-bytes)\","
                + "\"fields\":[{\"field\":\"body\",\"message\":\"larger than " + max + " bytes\"}]}");
    }

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
