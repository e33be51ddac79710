package io.parley.extraction;

import java.util.List;

/**
 * @param published ISO-8601 date or instant if the page states one, else null
 * @param language  ISO 639-3 code from OpenNLP's detector (e.g. "eng")
 */
public record ExtractedArticle(String title, String byline, String published, List<String> paragraphs,
                               String language) {
}
