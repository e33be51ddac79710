package io.parley.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.PrintStream;
import java.util.Map;

/**
 * What an {@link Evaluator} found on one format's rows: a table for people and the figures for machines. Printed as
 * the table and then the figures as one JSON line, the last line of {@code parley evaluate} (scripts read that).
 *
 * @param format  the data format evaluated (its CLI name)
 * @param rows    rows evaluated
 * @param table   human-readable table, lines ending in a newline
 * @param figures the metrics, in a fixed order (the JSON line)
 */
public record Evaluation(String format, int rows, String table, Map<String, Object> figures) {

    /** The figures as one line of JSON. */
    public String jsonLine() {
        try {
            return ModelArchive.json().writer().without(SerializationFeature.INDENT_OUTPUT).writeValueAsString(figures);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The table, then the JSON line. */
    public void print(PrintStream out) {
        out.print(table);
        out.println(jsonLine());
    }
}
