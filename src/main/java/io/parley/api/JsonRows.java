package io.parley.api;

import java.sql.Timestamp;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Database rows handed out as JSON the way the rest of the API writes it: {@code createdAt}, not the column's
 * {@code created_at}, and a time in UTC with a {@code Z}, not {@code +00:00} (GET /api-keys and /users were the only
 * answers in snake case, so a client reading {@code createdAt} as from /webhooks found nothing).
 */
final class JsonRows {

    private static final Pattern SNAKE = Pattern.compile("_([a-z])");

    private JsonRows() {
    }

    static List<Map<String, Object>> camelCase(List<Map<String, Object>> rows) {
        return rows.stream().map(JsonRows::camelCase).toList();
    }

    private static Map<String, Object> camelCase(Map<String, Object> row) {
        Map<String, Object> out = new LinkedHashMap<>();
        row.forEach((k, v) -> {
            Matcher m = SNAKE.matcher(k);
            out.put(m.replaceAll(r -> r.group(1).toUpperCase(java.util.Locale.ROOT)),
                    v instanceof Timestamp t ? t.toInstant().atOffset(ZoneOffset.UTC) : v);
        });
        return out;
    }
}
