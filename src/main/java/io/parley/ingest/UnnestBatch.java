package io.parley.ingest;

import org.springframework.jdbc.core.PreparedStatementCreator;

import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;

/**
 * One statement for a batch of rows: each column goes to PostgreSQL as one array and the statement reads them back as
 * rows with {@code unnest(?::type[], ...)}, so a batch costs one round trip however many rows it holds. The statement's
 * placeholders are the scalars (the same for every row) first, then one array per column, in the order added. A
 * lookup by many keys ({@code = ANY(?)}) is the one-column case.
 */
public final class UnnestBatch {

    private final String sql;
    private final List<Object> scalars = new ArrayList<>();
    private final List<String> types = new ArrayList<>();
    private final List<Object[]> columns = new ArrayList<>();

    private UnnestBatch(String sql) {
        this.sql = sql;
    }

    public static UnnestBatch of(String sql) {
        return new UnnestBatch(sql);
    }

    /** A value the same for every row. */
    public UnnestBatch scalar(Object value) {
        scalars.add(value);
        return this;
    }

    /** One column: its PostgreSQL element type ({@code bigint}, {@code text}, {@code int4} ...) and a value per row. */
    public UnnestBatch column(String type, Object[] values) {
        types.add(type);
        columns.add(values);
        return this;
    }

    /** Columns from rows: value {@code k} of every row goes to the column of {@code types[k]}. */
    public UnnestBatch columns(List<Object[]> rows, String... types) {
        for (int k = 0; k < types.length; k++) {
            Object[] values = new Object[rows.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = rows.get(i)[k];
            }
            column(types[k], values);
        }
        return this;
    }

    public PreparedStatementCreator statement() {
        return con -> {
            PreparedStatement ps = con.prepareStatement(sql);
            int p = 1;
            for (Object v : scalars) {
                ps.setObject(p++, v);
            }
            for (int k = 0; k < columns.size(); k++) {
                ps.setArray(p++, con.createArrayOf(types.get(k), columns.get(k)));
            }
            return ps;
        };
    }
}
