package io.parley.moderation;

import java.util.List;

/** @param status published, held or rejected; @param priority queue order for held items (highest score first) */
public record Verdict(CommentStatus status, List<Reason> reasons, double priority) {
}
