package io.parley;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.parley.site.Accounts;
import io.parley.site.Caller;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * Machines use {@code Authorization: Bearer <api key>} or Basic on {@code /api}; people use form login
 * (CSRF on) for pages. Everything but health needs a caller; which site a caller may touch is decided
 * per request by {@link io.parley.site.SiteAccess}.
 */
@Configuration(proxyBeanMethods = false)
@org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication
class SecurityConfig {

    @Bean
    FailedLogins failedLogins(@org.springframework.beans.factory.annotation.Value("${parley.login.max-failures:10}") int max,
                              @org.springframework.beans.factory.annotation.Value("${parley.login.lockout:PT15M}")
                              java.time.Duration lockout) {
        return new FailedLogins(max, lockout, System::currentTimeMillis);
    }

    @Bean
    DaoAuthenticationProvider authenticationProvider(Accounts accounts, FailedLogins failedLogins) {
        DaoAuthenticationProvider provider = new FailedLogins.Provider(accounts, failedLogins);
        provider.setPasswordEncoder(accounts.passwordEncoder());
        return provider;
    }

    /** One limiter per instance for every chain that takes API keys. */
    @Bean
    RateLimits apiRateLimits(@org.springframework.beans.factory.annotation.Value("${parley.api.rate-per-second:500}") double rate,
                             @org.springframework.beans.factory.annotation.Value("${parley.api.burst:1000}") double burst) {
        return new RateLimits(rate, burst);
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, Accounts accounts, ObjectMapper json, LocalServiceFile local, RateLimits limits)
            throws Exception {
        http.securityMatcher("/api/**", "/actuator/**")
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/actuator/health/**", "/actuator/health").permitAll()
                        .anyRequest().authenticated());
        return machineCredentials(http, accounts, json, local, limits).build();
    }

    /**
     * The OpenAPI document and Swagger UI's configuration: the API's credentials, and also the session of a
     * person logged in to the pages, since Swagger UI fetches both from the browser with the session cookie.
     * Read-only, so no CSRF token; a session is read but never created here.
     */
    @Bean
    @Order(0)
    SecurityFilterChain apiDocs(HttpSecurity http, Accounts accounts, ObjectMapper json, LocalServiceFile local,
                                RateLimits limits) throws Exception {
        http.securityMatcher("/v3/api-docs/**", "/v3/api-docs")
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                .authorizeHttpRequests(a -> a.anyRequest().authenticated());
        return machineCredentials(http, accounts, json, local, limits).build();
    }

    /** Bearer API keys (or the local admin token) and Basic, no CSRF (no cookie authenticates a write here), problem+json refusals. */
    private static HttpSecurity machineCredentials(HttpSecurity http, Accounts accounts, ObjectMapper json,
                                                   LocalServiceFile local, RateLimits limits) throws Exception {
        return http.csrf(c -> c.disable())
                .httpBasic(b -> b.authenticationEntryPoint((req, res, e) -> unauthenticated(json, req, res, e)))
                .exceptionHandling(e -> e
                        .authenticationEntryPoint((req, res, ex) -> unauthenticated(json, req, res, ex))
                        .accessDeniedHandler((req, res, ex) -> problem(json, req, res, HttpStatus.FORBIDDEN, "not allowed")))
                .addFilterBefore(new BearerKeyFilter(accounts, json, limits, local), BasicAuthenticationFilter.class);
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http, ObjectMapper json) throws Exception {
        var toLogin = new org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint("/login");
        http.authorizeHttpRequests(a -> a
                        .requestMatchers("/login", "/webjars/**", "/css/**", "/js/**", "/favicon.ico", "/error").permitAll()
                        .anyRequest().authenticated())
                .formLogin(f -> f.loginPage("/login").defaultSuccessUrl("/", false).permitAll()
                        // a throttled name is told so and for how long, not "wrong password" for a right one
                        .failureHandler((req, res, e) -> res.sendRedirect(req.getContextPath()
                                + (e instanceof FailedLogins.TooManyFailedLogins t
                                ? "/login?throttled=" + Math.max(1, (t.retryAfterSeconds + 59) / 60) : "/login?error"))))
                .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
                .exceptionHandling(e -> e
                        // a page's script whose session ended got the login page's HTML as its answer and went quiet
                        .authenticationEntryPoint((req, res, ex) -> {
                            if (fromScript(req)) {
                                problem(json, req, res, HttpStatus.UNAUTHORIZED, SESSION_ENDED);
                            } else {
                                toLogin.commence(req, res, ex);
                            }
                        })
                        .accessDeniedHandler((req, res, ex) -> pageRefused(json, req, res, ex)));
        return http.build();
    }

    static final String SESSION_ENDED = "your session has ended (logged out, timed out, or the server restarted), so"
            + " nothing was done: reload the page, log in again and repeat the action";
    static final String FORM_NOT_READ = "the form could not be read (more fields than the server takes, or a broken"
            + " encoding), so nothing was done";
    static final String PAGE_OUT_OF_DATE = "this page is out of date (its security token is from an earlier session),"
            + " so nothing was done: reload the page and repeat the action";

    /** The pages' own scripts (fetch with X-Requested-With, htmx): they show an answer's detail, never follow a login page. */
    static boolean fromScript(HttpServletRequest req) {
        return req.getHeader("X-Requested-With") != null || req.getHeader("HX-Request") != null;
    }

    /**
     * A refused write on a page. Sessions live in memory, so after a restart, a time-out or a log-out in another tab
     * every open page's CSRF token is stale, and the next click was a bare "403 Forbidden" page (the queue's keys
     * showed "HTTP 403"). It now says what happened and that nothing was done.
     */
    private static void pageRefused(ObjectMapper json, HttpServletRequest req, HttpServletResponse res,
                                    org.springframework.security.access.AccessDeniedException ex)
            throws IOException, ServletException {
        if (!(ex instanceof org.springframework.security.web.csrf.CsrfException)) {
            new org.springframework.security.web.access.AccessDeniedHandlerImpl().handle(req, res, ex);
            return;
        }
        if (req.getAttribute("org.apache.catalina.parameter_parse_failed") != null) {
            // Tomcat stopped reading the form (more fields than it takes, or a broken encoding), so the token after
            // the cut was missing: the form is at fault, not the session
            req.setAttribute(ErrorResponses.DETAIL_ATTRIBUTE, FORM_NOT_READ);
            if (fromScript(req)) {
                problem(json, req, res, HttpStatus.BAD_REQUEST, FORM_NOT_READ);
            } else {
                res.sendError(HttpStatus.BAD_REQUEST.value());
            }
            return;
        }
        var auth = SecurityContextHolder.getContext().getAuthentication();
        boolean loggedIn = auth != null && auth.isAuthenticated()
                && !(auth instanceof org.springframework.security.authentication.AnonymousAuthenticationToken);
        if (fromScript(req)) {
            problem(json, req, res, loggedIn ? HttpStatus.FORBIDDEN : HttpStatus.UNAUTHORIZED,
                    loggedIn ? PAGE_OUT_OF_DATE : SESSION_ENDED);
        } else if (!loggedIn) {
            res.sendRedirect(req.getContextPath() + "/login?expired");
        } else {
            req.setAttribute(ErrorResponses.DETAIL_ATTRIBUTE, PAGE_OUT_OF_DATE);
            res.sendError(HttpStatus.FORBIDDEN.value());
        }
    }

    /** Credentials could not be checked because the user store (the database) is down: that is a 503. */
    static void unauthenticated(ObjectMapper json, HttpServletRequest req, HttpServletResponse res,
                                org.springframework.security.core.AuthenticationException e) throws IOException {
        if (e instanceof org.springframework.security.authentication.InternalAuthenticationServiceException
                && e.getCause() instanceof org.springframework.dao.DataAccessException) {
            res.setHeader("Retry-After", "5");
            problem(json, req, res, HttpStatus.SERVICE_UNAVAILABLE, "the database is unavailable; retry later");
            return;
        }
        if (e instanceof FailedLogins.TooManyFailedLogins t) {
            res.setHeader("Retry-After", String.valueOf(t.retryAfterSeconds));
            problem(json, req, res, HttpStatus.TOO_MANY_REQUESTS, t.getMessage());
            return;
        }
        if (e instanceof org.springframework.security.authentication.BadCredentialsException) {
            // credentials were sent: "credentials required" would send the caller looking for a missing header
            problem(json, req, res, HttpStatus.UNAUTHORIZED, "wrong username or password");
            return;
        }
        problem(json, req, res, HttpStatus.UNAUTHORIZED,
                "credentials required: Authorization: Bearer <api key>, or Basic for people");
    }

    /** With {@code instance}, as every problem the controllers answer has (these had none: found by trial8). */
    static void problem(ObjectMapper json, HttpServletRequest req, HttpServletResponse res, HttpStatus status,
                        String detail) throws IOException {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
        try {
            p.setInstance(java.net.URI.create(req.getRequestURI()));
        } catch (IllegalArgumentException e) {
            // a path no URI can hold: the problem goes without instance rather than not at all
        }
        res.setStatus(status.value());
        res.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        if (status == HttpStatus.UNAUTHORIZED) {
            res.setHeader("WWW-Authenticate", "Bearer realm=\"parley\"");
        }
        json.writeValue(res.getOutputStream(), p);
    }

    /** Turns a valid API key into a site-scoped caller; an invalid key is a 401, never a fall-through. */
    static final class BearerKeyFilter extends OncePerRequestFilter {
        private final Accounts accounts;
        private final ObjectMapper json;
        private final RateLimits limits;
        private final LocalServiceFile local;

        BearerKeyFilter(Accounts accounts, ObjectMapper json, RateLimits limits, LocalServiceFile local) {
            this.accounts = accounts;
            this.json = json;
            this.limits = limits;
            this.local = local;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
                throws ServletException, IOException {
            String header = req.getHeader("Authorization");
            if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
                String token = header.substring(7).trim();
                // The CLI on this machine, with the token from the data directory (LocalServiceFile): an admin.
                Optional<Caller> caller = local.isToken(token) ? Optional.of(new Caller("local-admin", true, java.util.Map.of()))
                        : accounts.authenticateKey(token);
                if (caller.isEmpty()) {
                    problem(json, req, res, HttpStatus.UNAUTHORIZED, "unknown or revoked API key");
                    return;
                }
                long wait = limits.acquire(caller.get().name());
                if (wait > 0) {
                    res.setHeader("Retry-After", String.valueOf(wait));
                    problem(json, req, res, HttpStatus.TOO_MANY_REQUESTS, "rate limit of this API key exceeded; retry after "
                            + wait + " s");
                    return;
                }
                var auth = new UsernamePasswordAuthenticationToken(caller.get(), null,
                        List.of(new SimpleGrantedAuthority("ROLE_MACHINE")));
                SecurityContextHolder.getContext().setAuthentication(auth);
            }
            chain.doFilter(req, res);
        }
    }
}
