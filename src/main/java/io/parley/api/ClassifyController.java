package io.parley.api;

import io.parley.classification.CommentClassification;
import io.parley.classification.CommentClassifier;
import io.parley.classification.CommentContext;
import io.parley.classification.stance.TargetSides;
import io.parley.site.TargetSidesCheck;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Map;

@RestController
@Tag(name = "Classify", description = "Scores for one text, nothing stored")
class ClassifyController {

    static final int MAX_TEXT = 50_000;

    private final CommentClassifier classifier;

    ClassifyController(CommentClassifier classifier) {
        this.classifier = classifier;
    }

    /**
     * @param targetSides as a site's settings field of that name: per target of {@code targets} what its supporters and
     *                    its opponents would write, so a caller can try a target's sentences before saving them
     */
    record ClassifyRequest(String text, String parentText, String articleText, String articleLanguage,
                           @Schema(description = "optional: up to 50 targets of 1-200 characters, none twice (case and "
                                   + "edge spaces aside), as the site settings field targets; a 422 names the field, e.g. "
                                   + "targets[1].")
                           List<String> targets,
                           @Schema(description = "optional: per target of targets, {favor: [...], against: [...]}, what "
                                   + "its supporters and its opponents would write, 1 to 5 sentences a side of 1-200 "
                                   + "characters, both sides or neither (as the site settings field targetSides); a "
                                   + "target no training set has then takes its favor / against direction from them "
                                   + "instead of its name. A 422 names the field, e.g. targetSides.Atheism.favor[5].")
                           Map<String, TargetSides> targetSides) {
    }

    record ClassifyResponse(String model, String version, CommentClassification result) {
    }

    @Operation(summary = "Abuse scores with spans, stance toward article/parent/targets, and language", description =
            "targetSides (optional) is the site settings field of that name and is validated the same way (422 naming "
            + "the field); nothing is stored.")
    @PostMapping(path = "/api/v1/classify", consumes = MediaType.APPLICATION_JSON_VALUE)
    ClassifyResponse classify(@RequestBody ClassifyRequest body) {
        if (body == null) {
            throw new BadRequest("body", "an object with 'text' is required");
        }
        check("text", body.text(), true);
        check("parentText", body.parentText(), false);
        if (body.articleText() != null && body.articleText().length() > 2_000_000) {
            throw new BadRequest("articleText", "at most 2000000 characters");
        }
        if (body.articleLanguage() != null && !body.articleLanguage().isBlank()
                && !io.parley.classification.LanguageTag.valid(body.articleLanguage())) {
            // a short comment is scored in its article's language: an unreadable tag must not pick it
            throw new BadRequest("articleLanguage", "a language code such as en, eng or en-GB (at most "
                    + io.parley.classification.LanguageTag.MAX_LENGTH + " characters)");
        }
        List<String> targets = body.targets() == null ? List.of() : body.targets();
        // the settings' rules, so targets and sentences tried here are refused (422, same field names) exactly where a
        // save would be
        TargetSidesCheck.checkTargets(targets);
        TargetSidesCheck.check(targets, body.targetSides());
        CommentClassification result = classifier.classify(List.of(new CommentContext(body.text(),
                blankToNull(body.articleText()), blankToNull(body.articleLanguage()), blankToNull(body.parentText()), targets,
                List.of(), body.targetSides()))).get(0);
        return new ClassifyResponse(classifier.modelName(), classifier.modelVersion(), result);
    }

    private static void check(String field, String value, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                throw new BadRequest(field, "is required and must not be blank");
            }
            return;
        }
        if (value.length() > MAX_TEXT) {
            throw new BadRequest(field, "at most " + MAX_TEXT + " characters, got " + value.length());
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
