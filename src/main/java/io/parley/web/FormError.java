package io.parley.web;

import java.io.Serializable;
import java.util.Map;

/**
 * A refused form on a page with several forms (People &amp; keys, Webhooks), shown as the 422 answer to the post: which
 * form, the field the refusal names, the message, and what was typed, so the page shows the reason in that form, marks the field and keeps the
 * input (never a password).
 */
public record FormError(String form, String field, String message, Map<String, String> typed) implements Serializable {

    public boolean in(String f) {
        return form.equals(f);
    }

    public boolean marks(String f, String name) {
        return in(f) && (field.equals(name) || field.startsWith(name + "."));
    }

    public String typed(String f, String name) {
        return in(f) ? typed.getOrDefault(name, "") : "";
    }
}
