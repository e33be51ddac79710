/**
 * Splits a page (HTML or a plain-text dump) into the article, the reader-comment tree and boilerplate. Public API: PageExtractor, ExtractedPage, ExtractedComment.
 */
package io.parley.extraction;
