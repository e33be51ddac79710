package io.parley.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * Database trouble raised outside the controllers (API key lookup in the security filters, a failed
 * rollback after a lost connection) would reach the container as a 500; it is the database's passing
 * state, so it becomes a 503 with Retry-After like the same trouble inside a controller.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class DatabaseDownFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(DatabaseDownFilter.class);

    @Override
    protected void doFilterInternal(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(req, res);
        } catch (ServletException | RuntimeException e) {
            if (!DatabaseTrouble.isPassing(e) || res.isCommitted()) {
                throw e;
            }
            log.warn("database unavailable: {}", e.getMessage());
            res.reset();
            res.setHeader("Retry-After", "5");
            java.util.Map<String, Object> problem = new java.util.LinkedHashMap<>();
            problem.put("type", "about:blank");
            problem.put("title", "Service unavailable");
            problem.put("status", 503);
            problem.put("detail", "the database is unavailable; nothing from this request was stored, retry later");
            BodyLimitFilter.write(req, res, 503, problem);
        }
    }
}
