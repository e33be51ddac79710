package io.parley.moderation;

import java.util.List;

/** @param status published, held or rejected; @param priority queue order for held items (highest score first) */
public record Verdict(String status, List<Reason> reasons, double priority) {
}
