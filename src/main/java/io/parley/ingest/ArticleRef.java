package io.parley.ingest;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * @param created     false when the article was already stored (idempotent replay)
 * @param textChanged the id was stored with another title or body (a correction on the site): the stored one was kept
 * @param changed     the fields sent with another value than the stored one ({@code title}, {@code body}, {@code url},
 *                    {@code byline}, {@code published}, {@code language})
 * @param filled      the fields stored empty that this request filled ({@code body}, with {@code language} when none
 *                    was stored): an article first stored from a consent wall or with its title only takes its first
 *                    real body; a stored body is never replaced
 * @param warnings    what the caller should know: the changed fields that were not stored, a fill
 */
public record ArticleRef(long id, String externalId, boolean created, boolean textChanged,
                         @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> changed,
                         @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> filled,
                         @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> warnings) {

    public ArticleRef(long id, String externalId, boolean created) {
        this(id, externalId, created, false, List.of(), List.of(), List.of());
    }
}
