package io.parley.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A query parameter the endpoint does not have is a 400 naming it and the ones it has. It was ignored, so a filter the
 * endpoint does not take, or a typo of one, answered as if none was given: {@code GET /comments?article=x} and
 * {@code /comments?stauts=held} listed every comment of the site, read as "these are the ones". JSON bodies are read
 * as strictly (an unknown field is a 400). {@code _}, the cache-buster some HTTP clients append, is let through.
 */
@Configuration
class UnknownQueryParameters implements WebMvcConfigurer, HandlerInterceptor {

    private final Map<Method, Set<String>> known = new ConcurrentHashMap<>();

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/api/**");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod h) || !h.getBeanType().getPackageName().equals(getClass().getPackageName())) {
            return true;
        }
        Set<String> names = known.computeIfAbsent(h.getMethod(), UnknownQueryParameters::requestParams);
        if (names == null) {
            return true;
        }
        for (String name : request.getParameterMap().keySet()) {
            if (!names.contains(name) && !name.equals("_") && inQuery(request, name)) {
                throw new BadRequest(name, "unknown query parameter '" + name + "'; "
                        + (names.isEmpty() ? "this endpoint takes none" : "this endpoint takes " + String.join(", ", new TreeSet<>(names))));
            }
        }
        return true;
    }

    /** The names of the method's @RequestParam parameters; null when one takes them all (a map). */
    private static Set<String> requestParams(Method method) {
        Set<String> names = new LinkedHashSet<>();
        for (Parameter p : method.getParameters()) {
            RequestParam r = p.getAnnotation(RequestParam.class);
            if (r == null) {
                continue;
            }
            if (Map.class.isAssignableFrom(p.getType())) {
                return null;
            }
            String name = !r.name().isEmpty() ? r.name() : !r.value().isEmpty() ? r.value() : p.getName();
            names.add(name);
        }
        return names;
    }

    /** Form fields of a urlencoded body are parameters too; only the query string is checked here. */
    private static boolean inQuery(HttpServletRequest request, String name) {
        String q = request.getQueryString();
        if (q == null) {
            return false;
        }
        for (String pair : q.split("&")) {
            String key = pair.split("=", 2)[0];
            try {
                key = java.net.URLDecoder.decode(key, java.nio.charset.StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                // a malformed escape: Tomcat refuses such a query before this runs
            }
            if (key.equals(name)) {
                return true;
            }
        }
        return false;
    }
}
