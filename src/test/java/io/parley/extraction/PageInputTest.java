package io.parley.extraction;

import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The one rule that turns received bytes into a page, for /extract, /pages and the CLI alike. */
class PageInputTest {

    static final String PAGE = "<html><head><title>Caf\u00e9 fees</title></head><body><h1>Caf\u00e9 owners object</h1>"
            + "<p>\u201cIt costs us \u20ac200 a month,\u201d said the owner of the caf\u00e9 on the square.</p></body></html>";
    static final byte[] CP1252 = PAGE.getBytes(Charset.forName("windows-1252"));

    @Test
    void aWindows1252PageDecodesWhateverItIsLabelled() {
        for (String type : new String[]{null, "text/html", "text/html; charset=utf-8", "text/html; charset=windows-1252",
                "text/html; charset=ISO-8859-1", "text/html; charset=no-such-charset", "text/plain"}) {
            PageInput in = PageInput.of(CP1252, type, null);
            assertThat(in.content()).as(String.valueOf(type)).isEqualTo(PAGE);
        }
    }

    @Test
    void aDeclaredCharsetThatFitsTheBytesWins() {
        byte[] koi8 = "\u043f\u0440\u0438\u0432\u0435\u0442".getBytes(Charset.forName("KOI8-R"));
        assertThat(PageInput.of(koi8, "text/plain; charset=KOI8-R", null).content()).isEqualTo("\u043f\u0440\u0438\u0432\u0435\u0442");
        assertThat(PageInput.of(PAGE.getBytes(StandardCharsets.UTF_8), "text/html;charset=\"UTF-8\"", null).content()).isEqualTo(PAGE);
    }

    @Test
    void formatComesFromTheParameterThenTheContentType() {
        byte[] b = PAGE.getBytes(StandardCharsets.UTF_8);
        assertThat(PageInput.of(b, "text/html", null).format()).isEqualTo(PageFormat.HTML);
        assertThat(PageInput.of(b, "application/xhtml+xml", null).format()).isEqualTo(PageFormat.HTML);
        assertThat(PageInput.of(b, "text/plain", null).format()).isEqualTo(PageFormat.AUTO);
        assertThat(PageInput.of(b, null, null).format()).isEqualTo(PageFormat.AUTO);
        assertThat(PageInput.of(b, "text/html", "TEXT").format()).isEqualTo(PageFormat.TEXT);
        assertThat(PageInput.of(b, "text/plain", "txt").format()).isEqualTo(PageFormat.TEXT);
    }

    @Test
    void emptyAndUnknownFormatAreOneErrorEach() {
        assertThatThrownBy(() -> PageInput.of(new byte[0], "text/html", null)).isInstanceOf(PageNotExtractable.class)
                .hasMessageContaining("empty");
        assertThatThrownBy(() -> PageInput.of(null, null, null)).isInstanceOf(PageNotExtractable.class);
        assertThatThrownBy(() -> PageInput.of("x".getBytes(StandardCharsets.UTF_8), "text/plain", "pdf"))
                .isInstanceOf(UnknownPageFormat.class).hasMessageContaining("html, text or auto");
    }
}
