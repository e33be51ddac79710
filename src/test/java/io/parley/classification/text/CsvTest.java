package io.parley.classification.text;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CsvTest {

    @Test
    void quotedFieldsKeepDelimitersDoubledQuotesAndNewlines() {
        List<String[]> rows = Csv.parse("Body ID,articleBody\r\n7,\"line one,\nsaid \"\"no\"\"\"\n8,plain\n", ',');
        assertThat(rows).hasSize(3);
        assertThat(rows.get(1)).containsExactly("7", "line one,\nsaid \"no\"");
        assertThat(rows.get(2)).containsExactly("8", "plain");
    }

    @Test
    void lastRowWithoutNewlineIsKeptAndBlankLinesAreDropped() {
        assertThat(Csv.parse("a,b\n\n1,2", ',')).hasSize(2);
    }

    @Test
    void aQuoteInsideAnUnquotedFieldIsText() {
        // as Python's csv module reads it: "5" tall" in the middle of a field does not open a quoted run
        List<String[]> rows = Csv.parse("\uFEFFid;text\n1;he is 5\" tall;x\n", ';');
        assertThat(rows.get(0)).containsExactly("id", "text");
        assertThat(rows.get(1)).containsExactly("1", "he is 5\" tall", "x");
    }
}
