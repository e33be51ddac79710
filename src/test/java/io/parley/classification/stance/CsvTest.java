package io.parley.classification.stance;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CsvTest {

    @Test
    void quotedFieldsKeepNewlinesCommasAndDoubledQuotes() {
        List<List<String>> rows = Csv.parse("Body ID,articleBody\r\n7,\"line one,\nsaid \"\"no\"\"\"\n8,plain\n");
        assertThat(rows).hasSize(3);
        assertThat(rows.get(1)).containsExactly("7", "line one,\nsaid \"no\"");
        assertThat(rows.get(2)).containsExactly("8", "plain");
    }

    @Test
    void lastRowWithoutNewlineIsKept() {
        assertThat(Csv.parse("a,b\n1,2")).hasSize(2);
    }
}
