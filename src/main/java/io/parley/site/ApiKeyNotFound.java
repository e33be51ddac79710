package io.parley.site;

/** No API key with that prefix was ever issued for the site (a revoked one is still found). */
public final class ApiKeyNotFound extends RuntimeException {
    public ApiKeyNotFound(String prefix) {
        // a prefix is 10 characters: anything much longer is not worth echoing whole
        super("no API key '" + (prefix.length() > 40 ? prefix.substring(0, 40) + "…" : prefix) + "' on this site");
    }
}
