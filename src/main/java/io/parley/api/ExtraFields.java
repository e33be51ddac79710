package io.parley.api;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import io.parley.ingest.ArticleRef;
import io.parley.ingest.CommentInput;
import io.parley.ingest.CommentsAccepted;
import io.parley.ingest.PageIngested;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Fields a client adds beside ours on the ingest and classify bodies are ignored and named, not refused. A site's
 * export carries fields of its own (a category, its moderation label, a source id); refusing a batch of 1,000
 * comments for them would lose what the client meant to hand over. A field that looks like a misspelling of one
 * of ours ("titel", "txt", "Text", "parent") is still refused, naming the field we have, because the comment would
 * otherwise be stored without what the client meant to send (first write wins). Every other request body refuses
 * any unknown field (StrictJsonInput).
 */
@ControllerAdvice
class ExtraFields implements ResponseBodyAdvice<Object> {

    static final String HEADER = "Parley-Ignored-Fields";
    private static final String ATTRIBUTE = ExtraFields.class.getName();

    /** The bodies whose foreign fields are ignored: what a site's CMS or a caller's pipeline sends us. */
    private static final Set<Class<?>> TOLERANT = Set.of(CommentInput.class, IngestController.ArticleWithComments.class,
            IngestController.CommentBatch.class, ClassifyController.ClassifyRequest.class);

    /** Skips a foreign field of a tolerant body and remembers it for the answer; anything else stays an error. */
    static final class Handler extends DeserializationProblemHandler {
        @Override
        public boolean handleUnknownProperty(DeserializationContext ctxt, JsonParser p, JsonDeserializer<?> deserializer,
                                             Object beanOrClass, String name) throws IOException {
            Class<?> type = beanOrClass instanceof Class<?> c ? c : beanOrClass.getClass();
            if (!TOLERANT.contains(type) || looksLikeOurs(name, deserializer == null ? List.of() : deserializer.getKnownPropertyNames())) {
                return false;
            }
            p.skipChildren();
            RequestAttributes request = RequestContextHolder.getRequestAttributes();
            if (request != null) {
                @SuppressWarnings("unchecked")
                Map<String, Integer> seen = (Map<String, Integer>) request.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
                if (seen == null) {
                    seen = new LinkedHashMap<>();
                    request.setAttribute(ATTRIBUTE, seen, RequestAttributes.SCOPE_REQUEST);
                }
                seen.merge(name, 1, Integer::sum);
            }
            return true;
        }
    }

    /** Within a typing slip of one of the body's own fields (case, one or two letters; one for short names). */
    static boolean looksLikeOurs(String name, Collection<Object> known) {
        String n = name.toLowerCase(Locale.ROOT);
        for (Object k : known) {
            String f = String.valueOf(k).toLowerCase(Locale.ROOT);
            int limit = Math.min(n.length(), f.length()) <= 4 ? 1 : 2;
            if (f.equals(n) || distance(n, f) <= limit || f.startsWith(n) && n.length() >= 4 || n.startsWith(f) && f.length() >= 4) {
                return true;
            }
        }
        return false;
    }

    /** Edit distance with adjacent transpositions ("tilte"). */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType contentType,
                                  Class<? extends HttpMessageConverter<?>> converterType, ServerHttpRequest request,
                                  ServerHttpResponse response) {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        @SuppressWarnings("unchecked")
        Map<String, Integer> seen = attributes == null ? null
                : (Map<String, Integer>) attributes.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        if (seen == null || seen.isEmpty()) {
            return body;
        }
        response.getHeaders().set(HEADER, String.join(", ", seen.keySet()));
        List<String> parts = new ArrayList<>();
        seen.forEach((name, times) -> parts.add("'" + name + "'" + (times > 1 ? " (" + times + " times)" : "")));
        String warning = "ignored field" + (seen.size() > 1 ? "s" : "") + " this API does not have: " + String.join(", ", parts)
                + "; everything else was read";
        if (body instanceof CommentsAccepted c) {
            return new CommentsAccepted(c.article(), c.received(), c.created(), c.duplicates(), c.edited(), c.comments(),
                    plus(c.warnings(), warning));
        }
        if (body instanceof PageIngested p) {
            return new PageIngested(p.article(), p.comments(), p.commentSection(), plus(p.warnings(), warning));
        }
        if (body instanceof ArticleRef a) {
            return new ArticleRef(a.id(), a.externalId(), a.created(), a.textChanged(), a.changed(), a.filled(), plus(a.warnings(), warning));
        }
        return body;
    }

    private static List<String> plus(List<String> warnings, String warning) {
        List<String> all = new ArrayList<>(warnings == null ? List.of() : warnings);
        all.add(warning);
        return all;
    }
}
