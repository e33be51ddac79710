package io.parley.api;

import io.parley.extraction.PageNotExtractable;
import io.parley.extraction.UnknownPageFormat;
import io.parley.ingest.ArticleNotFound;
import io.parley.ingest.ExtractionUnavailable;
import io.parley.ingest.InvalidInput;
import io.parley.model.ModelNotFound;
import io.parley.site.AccessDenied;
import io.parley.site.InvalidSettings;
import io.parley.site.SiteAlreadyExists;
import io.parley.site.SiteNotFound;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import java.util.List;
import java.util.Map;

/**
 * Every error of the REST edge as {@code application/problem+json}; validation problems carry a
 * {@code fields} list. Database outages become 503 with Retry-After (the client retries, nothing is
 * half-written because every write is one transaction).
 */
@RestControllerAdvice
class ProblemHandlers extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandlers.class);

    static ResponseEntity<Object> problem(HttpStatus status, String title, String detail, List<Map<String, String>> fields) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
        p.setTitle(title);
        if (fields != null && !fields.isEmpty()) {
            p.setProperty("fields", fields);
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(p);
    }

    static List<Map<String, String>> field(String name, String message) {
        return List.of(entry(name, message));
    }

    /**
     * One entry of {@code fields}, "field" first: Map.of iterates in an order salted per JVM, so one start wrote
     * {"message": …, "field": …} and the next the other way round.
     */
    static Map<String, String> entry(String name, String message) {
        Map<String, String> m = new java.util.LinkedHashMap<>();
        m.put("field", name);
        m.put("message", message);
        return m;
    }

    @ExceptionHandler(InvalidInput.class)
    ResponseEntity<Object> invalid(InvalidInput e) {
        return problem(HttpStatus.UNPROCESSABLE_ENTITY, "Invalid input", e.field() + ": " + e.getMessage(),
                field(e.field(), e.getMessage()));
    }

    @ExceptionHandler(InvalidSettings.class)
    ResponseEntity<Object> invalidSettings(InvalidSettings e) {
        return problem(HttpStatus.UNPROCESSABLE_ENTITY, "Invalid input", e.field() + ": " + e.getMessage(),
                field(e.field(), e.getMessage()));
    }

    @ExceptionHandler(io.parley.moderation.InvalidModerationInput.class)
    ResponseEntity<Object> invalidModeration(io.parley.moderation.InvalidModerationInput e) {
        return problem(HttpStatus.UNPROCESSABLE_ENTITY, "Invalid input", e.field() + ": " + e.getMessage(),
                field(e.field(), e.getMessage()));
    }

    @ExceptionHandler({SiteNotFound.class, ArticleNotFound.class, NotFound.class, io.parley.webhook.WebhookNotFound.class,
            io.parley.site.ApiKeyNotFound.class, io.parley.site.UserNotFound.class})
    ResponseEntity<Object> notFound(RuntimeException e) {
        return problem(HttpStatus.NOT_FOUND, "Not found", e.getMessage(), null);
    }

    @ExceptionHandler({AccessDenied.class, io.parley.moderation.NotYourDecision.class})
    ResponseEntity<Object> denied(RuntimeException e) {
        return problem(HttpStatus.FORBIDDEN, "Forbidden", e.getMessage(), null);
    }

    @ExceptionHandler({io.parley.moderation.ClaimLost.class, io.parley.moderation.AlreadyDecided.class,
            io.parley.moderation.UndoExpired.class, io.parley.moderation.NotEscalated.class,
            io.parley.moderation.NotReversible.class})
    ResponseEntity<Object> moderationConflict(RuntimeException e) {
        return problem(HttpStatus.CONFLICT, "Conflict", e.getMessage(), null);
    }

    @ExceptionHandler({io.parley.moderation.ItemNotFound.class, io.parley.moderation.DecisionNotFound.class,
            io.parley.moderation.CommentNotFound.class, io.parley.moderation.ReasonNotFound.class})
    ResponseEntity<Object> itemNotFound(RuntimeException e) {
        return problem(HttpStatus.NOT_FOUND, "Not found", e.getMessage(), null);
    }

    @ExceptionHandler(io.parley.site.SettingsChangedMeanwhile.class)
    ResponseEntity<Object> settingsChanged(io.parley.site.SettingsChangedMeanwhile e) {
        return problem(HttpStatus.PRECONDITION_FAILED, "Settings changed meanwhile", e.getMessage(),
                field("If-Match", "version " + e.basedOn() + " is not the current one (" + e.current().version() + ")"));
    }

    @ExceptionHandler(SiteAlreadyExists.class)
    ResponseEntity<Object> conflict(RuntimeException e) {
        return problem(HttpStatus.CONFLICT, "Conflict", e.getMessage(), null);
    }

    @ExceptionHandler(PageNotExtractable.class)
    ResponseEntity<Object> notExtractable(PageNotExtractable e) {
        return problem(HttpStatus.UNPROCESSABLE_ENTITY, "Page not extractable", e.getMessage(), field("body", e.getMessage()));
    }

    @ExceptionHandler({ExtractionUnavailable.class, ModelNotFound.class})
    ResponseEntity<Object> unavailable(RuntimeException e) {
        return problem(HttpStatus.NOT_IMPLEMENTED, "Not available", e.getMessage(), null);
    }

    @ExceptionHandler(UnknownPageFormat.class)
    ResponseEntity<Object> unknownFormat(UnknownPageFormat e) {
        return problem(HttpStatus.BAD_REQUEST, "Bad request", e.getMessage(), field("format", e.getMessage()));
    }

    @ExceptionHandler(BadRequest.class)
    ResponseEntity<Object> bad(BadRequest e) {
        // detail names the field as every other problem does ("limit: must be ..."), unless the message already does
        String message = e.getMessage();
        String detail = message.startsWith(e.field()) || message.contains("'" + e.field() + "'") ? message
                : e.field() + ": " + message;
        return problem(HttpStatus.BAD_REQUEST, "Bad request", detail, field(e.field(), message));
    }

    /** Database trouble: 503 with Retry-After when it is passing (see {@link DatabaseTrouble}), else internal. */
    @ExceptionHandler({org.springframework.dao.DataAccessException.class,
            org.springframework.transaction.TransactionException.class})
    ResponseEntity<Object> database(Exception e) {
        if (!DatabaseTrouble.isPassing(e)) {
            return unexpected(e);
        }
        log.warn("database unavailable: {}", e.getMessage());
        ResponseEntity<Object> r = problem(HttpStatus.SERVICE_UNAVAILABLE, "Service unavailable",
                "the database is unavailable; nothing from this request was stored, retry later", null);
        return ResponseEntity.status(r.getStatusCode()).headers(h -> {
            h.addAll(r.getHeaders());
            h.set(HttpHeaders.RETRY_AFTER, "5");
        }).body(r.getBody());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Object> typeMismatch(MethodArgumentTypeMismatchException e) {
        // "not a valid value" left the caller guessing what the parameter takes (takeOver=yes, count=ten)
        String message = expected(e.getRequiredType(), e.getValue());
        return problem(HttpStatus.BAD_REQUEST, "Bad request", e.getName() + ": " + message, field(e.getName(), message));
    }

    /** What a query or path parameter of this type takes, and the value sent (clipped). */
    static String expected(Class<?> type, Object value) {
        String sent = value == null ? "" : String.valueOf(value);
        sent = "'" + (sent.length() > 40 ? sent.substring(0, 40) + "…" : sent) + "'";
        if (type == boolean.class || type == Boolean.class) {
            return "true or false, not " + sent;
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class
                || type == short.class || type == Short.class) {
            return "a whole number, not " + sent;
        }
        if (type == double.class || type == Double.class || type == float.class || type == Float.class) {
            return "a number, not " + sent;
        }
        return "not a valid value: " + sent;
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof BodyLimitFilter.BodyTooLarge big) {
                return problem(HttpStatus.PAYLOAD_TOO_LARGE, "Payload too large", "the body is larger than " + big.max
                        + " bytes (parley.ingest.max-body-bytes)", field("body", "larger than " + big.max + " bytes"));
            }
        }
        for (Throwable t = ex; t != null; t = t.getCause()) {
            // a record's constructor checked a value while Jackson built it: its own field and message, as when a
            // service checks it after reading
            if (t instanceof InvalidSettings invalid) {
                return invalidSettings(invalid);
            }
            if (t instanceof InvalidInput invalid) {
                return invalid(invalid);
            }
        }
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof LaxUtf8.NotUtf8 bad) {
                String message = "not valid UTF-8 at byte " + bad.offset + " (an overlong form, a UTF-16 surrogate or a"
                        + " code point past U+10FFFF)";
                return problem(HttpStatus.BAD_REQUEST, "Unreadable body", "body: " + message, field("body", message));
            }
            if (t instanceof com.fasterxml.jackson.core.exc.StreamConstraintsException limit) {
                String at = ex.getCause() instanceof com.fasterxml.jackson.databind.JsonMappingException jme
                        && !jme.getPath().isEmpty() ? path(jme.getPath()) : "body";
                String message = overLimit(limit);
                return problem(HttpStatus.BAD_REQUEST, "Unreadable body", at + ": " + message, field(at, message));
            }
        }
        String fieldName = "body";
        String message = "the body is not valid JSON of the expected shape";
        Throwable cause = ex.getMostSpecificCause();
        String path = ex.getCause() instanceof com.fasterxml.jackson.databind.JsonMappingException jme
                && !jme.getPath().isEmpty() ? path(jme.getPath()) : null;
        if (cause instanceof java.io.CharConversionException || String.valueOf(cause.getMessage()).contains("UTF-8")) {
            message = "not valid UTF-8";
            fieldName = path == null ? "body" : path;
        } else if (cause instanceof com.fasterxml.jackson.core.JsonParseException jpe) {
            String what = String.valueOf(jpe.getOriginalMessage()).startsWith("Duplicate field")
                    ? jpe.getOriginalMessage().replaceFirst("^Duplicate field", "duplicate field") : "malformed JSON";
            message = what + (jpe.getLocation() == null ? "" : " at line " + jpe.getLocation().getLineNr()
                    + ", column " + jpe.getLocation().getColumnNr());
        } else if (String.valueOf(cause.getMessage()).startsWith("Trailing token")) {
            message = "more than one JSON value: the body is one JSON object";
        } else if (path != null && ex.getCause() instanceof com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException upe) {
            fieldName = path;
            List<String> known = upe.getKnownPropertyIds() == null ? List.of()
                    : upe.getKnownPropertyIds().stream().map(String::valueOf).sorted().toList();
            message = "unknown field" + (known.isEmpty() ? "" : "; the fields here are " + String.join(", ", known));
        } else if (path != null && cause instanceof com.fasterxml.jackson.core.exc.InputCoercionException ice) {
            // "likes": 99999999999 was "wrong type or value", where -5 said the range: a number too large for the field
            fieldName = path;
            message = "a number out of range" + range(ice.getTargetType());
        } else if (path == null && ex.getCause() instanceof com.fasterxml.jackson.databind.exc.MismatchedInputException top
                && top.getPath().isEmpty() && top.getProcessor() instanceof com.fasterxml.jackson.core.JsonParser p
                && p.currentToken() != null && p.currentToken() != com.fasterxml.jackson.core.JsonToken.START_OBJECT) {
            // a list, string or number where the endpoint reads one object was "not valid JSON of the expected shape"
            message = "must be one JSON object ({…}), not " + switch (p.currentToken()) {
                case START_ARRAY -> "a list";
                case VALUE_STRING -> "a string";
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
                case VALUE_TRUE, VALUE_FALSE -> "true or false";
                default -> "this";
            };
        } else if (path != null) {
            fieldName = path;
            if (ex.getCause() instanceof com.fasterxml.jackson.databind.exc.MismatchedInputException mie) {
                // fail-on-null-for-primitives: the field was left out (or null), not sent in a wrong shape
                message = String.valueOf(mie.getOriginalMessage()).startsWith("Cannot map `null`")
                        ? "is required (" + expected(mie.getTargetType()).replaceFirst("^must be ", "") + ")"
                        : mie.getTargetType() != null && java.time.temporal.Temporal.class.isAssignableFrom(mie.getTargetType())
                        ? time(mie) : expected(mie.getTargetType());
            } else {
                message = "wrong type or value";
            }
        } else if (String.valueOf(ex.getMessage()).startsWith("Required request body is missing")) {
            // an empty body (or none): say so, rather than call nothing malformed
            message = "the body is empty; a JSON object is required";
        }
        return problem(HttpStatus.BAD_REQUEST, "Unreadable body", fieldName + ": " + message, field(fieldName, message));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        List<Map<String, String>> fields = ex.getFieldErrors().stream()
                .map(f -> entry(f.getField(), String.valueOf(f.getDefaultMessage()))).toList();
        return problem(HttpStatus.UNPROCESSABLE_ENTITY, "Invalid input", "some fields are invalid", fields);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
                                                                            HttpHeaders headers, HttpStatusCode status,
                                                                            WebRequest request) {
        return problem(HttpStatus.BAD_REQUEST, "Bad request", "invalid request parameters", null);
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
                                                             HttpStatusCode statusCode, WebRequest request) {
        // A mistyped page URL (or a page path with a wrong method or body type) has no controller, so no page advice
        // saw it, and a person got "No static resource sites/demo/nope." as JSON: pages get the site's error page
        if (request instanceof org.springframework.web.context.request.ServletWebRequest web
                && !machinePath(web.getRequest().getRequestURI()) && web.getResponse() != null
                && !web.getResponse().isCommitted()) {
            try {
                headers.forEach((name, values) -> values.forEach(v -> web.getResponse().addHeader(name, v)));
                web.getResponse().sendError(statusCode.value());
                return null;
            } catch (java.io.IOException e) {
                // the client is gone: nothing to answer
                return null;
            }
        }
        ResponseEntity<Object> r = super.handleExceptionInternal(ex, body, headers, statusCode, request);
        if (r != null && r.getBody() != null) {
            return ResponseEntity.status(r.getStatusCode()).headers(r.getHeaders())
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(r.getBody());
        }
        return r;
    }

    /**
     * A body of a type the endpoint does not read: Spring said "Content-Type 'null' is not supported." for a request
     * without one, "Could not parse Content-Type." for a bad charset, and never what to send; and its problem had no
     * {@code fields}, unlike every other refused input (found by trial8).
     */
    @Override
    protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(
            org.springframework.web.HttpMediaTypeNotSupportedException ex, HttpHeaders headers, HttpStatusCode status,
            WebRequest request) {
        if (!(request instanceof org.springframework.web.context.request.ServletWebRequest web)
                || !machinePath(web.getRequest().getRequestURI())) {
            return super.handleHttpMediaTypeNotSupported(ex, headers, status, request);
        }
        String sent = web.getRequest().getContentType();
        String accepted = ex.getSupportedMediaTypes().stream().map(MediaType::toString).distinct()
                .collect(java.util.stream.Collectors.joining(", "));
        String what = sent == null || sent.isBlank() ? "no Content-Type header"
                : ex.getContentType() == null ? "Content-Type '" + sent + "' cannot be read (a media type with an unknown"
                + " charset?)" : "Content-Type '" + sent + "' is not read here";
        String message = what + (accepted.isEmpty() ? "" : "; send " + accepted);
        ResponseEntity<Object> r = problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported Media Type", message,
                field("Content-Type", message));
        return ResponseEntity.status(r.getStatusCode()).headers(headers).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(r.getBody());
    }

    /**
     * A mistyped API path was "No static resource api/v1/sites/demo/authors.": Spring's words for a file it looked for,
     * not what the caller got wrong. Pages keep their error page (handleExceptionInternal).
     */
    @Override
    protected ResponseEntity<Object> handleNoResourceFoundException(
            org.springframework.web.servlet.resource.NoResourceFoundException ex, HttpHeaders headers, HttpStatusCode status,
            WebRequest request) {
        if (request instanceof org.springframework.web.context.request.ServletWebRequest web
                && machinePath(web.getRequest().getRequestURI())) {
            return problem(HttpStatus.NOT_FOUND, "Not found", "no such endpoint: " + web.getRequest().getMethod()
                    + " of this path is not part of the API (described at /v3/api-docs)", null);
        }
        return super.handleNoResourceFoundException(ex, headers, status, request);
    }

    /** Paths whose callers are programs (the rule of io.parley.ErrorResponses, which answers the rest with pages). */
    private static boolean machinePath(String uri) {
        return uri != null && (uri.startsWith("/api") || uri.startsWith("/v3/api-docs") || uri.startsWith("/actuator"));
    }

    /** Anything unforeseen: logged with its trace for us, a plain message for the caller. */
    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception e) {
        log.error("unexpected error", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error", "an unexpected error occurred; it was logged", null);
    }

    /**
     * Which of Jackson's reading limits the body went past, with the limit: "not valid JSON of the expected shape"
     * sent a client with 1,001 nested arrays or a 2,000-digit number looking for a syntax error that is not there.
     */
    private static String overLimit(com.fasterxml.jackson.core.exc.StreamConstraintsException e) {
        var limits = com.fasterxml.jackson.core.StreamReadConstraints.defaults();
        String m = String.valueOf(e.getOriginalMessage());
        if (m.startsWith("Document nesting depth")) {
            return "JSON nested more than " + limits.getMaxNestingDepth() + " levels deep (arrays and objects inside"
                    + " each other); that is the limit";
        }
        if (m.startsWith("Number value length") || m.startsWith("Number length")) {
            return "a number of more than " + limits.getMaxNumberLength() + " digits; that is the limit";
        }
        if (m.startsWith("String value length")) {
            return "a string of more than " + limits.getMaxStringLength() + " characters; that is the limit";
        }
        if (m.startsWith("Name length")) {
            return "a field name of more than " + limits.getMaxNameLength() + " characters; that is the limit";
        }
        return "over a JSON reading limit: " + m.replaceFirst(" \\(from .*$", "").replaceFirst(", from `.*$", ")");
    }

    private static final String TIME = "must be an ISO-8601 time with an offset, as a string (e.g. \"2022-01-10T18:00:00Z\")";

    /**
     * What was wrong with a time, from the value sent: every refusal said "a number is not read as one", also for an
     * empty string or a date without its time, and the client looked for a number it never sent.
     */
    private static String time(com.fasterxml.jackson.databind.exc.MismatchedInputException e) {
        if (!(e.getProcessor() instanceof com.fasterxml.jackson.core.JsonParser p) || p.currentToken() == null) {
            return TIME;
        }
        try {
            return switch (p.currentToken()) {
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> TIME + "; a number is not read as one";
                case VALUE_STRING -> {
                    String v = p.getText();
                    if (v.isBlank()) {
                        yield TIME + "; it was " + (v.isEmpty() ? "an empty string" : "only whitespace");
                    }
                    if (v.strip().matches("[-+]?\\d+(\\.\\d*)?")) {
                        yield TIME + "; a number is not read as one, also as a string";
                    }
                    yield TIME + "; \"" + (v.length() > 40 ? v.substring(0, 40) + "…" : v) + "\" is not one";
                }
                case VALUE_TRUE, VALUE_FALSE -> TIME + "; " + p.getText() + " is not one";
                case START_OBJECT, START_ARRAY -> TIME + "; " + (p.currentToken() == com.fasterxml.jackson.core.JsonToken.START_OBJECT
                        ? "an object" : "a list") + " is not one";
                default -> TIME;
            };
        } catch (java.io.IOException unreadable) {
            return TIME;
        }
    }

    private static String range(Class<?> type) {
        if (type == Integer.class || type == int.class) {
            return ": this field takes a whole number from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE;
        }
        if (type == Long.class || type == long.class) {
            return ": this field takes a whole number from " + Long.MIN_VALUE + " to " + Long.MAX_VALUE;
        }
        return "";
    }

    /** What a field of this type takes, in JSON's words: the client sent something else there. */
    private static String expected(Class<?> type) {
        if (type == null) {
            return "wrong type or value";
        }
        if (CharSequence.class.isAssignableFrom(type) || type == Character.class || type == char.class) {
            return "must be a string";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "must be true or false";
        }
        if (type == int.class || type == long.class || type == short.class || type == byte.class || type == Integer.class
                || type == Long.class || type == Short.class || type == Byte.class || type == java.math.BigInteger.class) {
            return "must be a whole number";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "must be a number";
        }
        if (java.time.temporal.Temporal.class.isAssignableFrom(type)) {
            return TIME;
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "must be a list";
        }
        if (type.isEnum()) {
            return "must be one of " + java.util.Arrays.toString(type.getEnumConstants()).toLowerCase(java.util.Locale.ROOT);
        }
        return "must be an object";
    }

    private static String path(List<com.fasterxml.jackson.databind.JsonMappingException.Reference> refs) {
        StringBuilder sb = new StringBuilder();
        for (var r : refs) {
            if (r.getFieldName() != null) {
                if (!sb.isEmpty()) {
                    sb.append('.');
                }
                sb.append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                sb.append('[').append(r.getIndex()).append(']');
            }
        }
        return sb.isEmpty() ? "body" : sb.toString();
    }
}
