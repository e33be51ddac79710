package io.parley.site;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StorableTextTest {

    @Test
    void wholeCharactersAreStorableIncludingPairsOutsideTheBasicPlane() {
        assertThat(StorableText.problem(null)).isNull();
        assertThat(StorableText.problem("")).isNull();
        assertThat(StorableText.problem("plain, ünïcödé and an emoji \uD83D\uDE00 at the end \uD83D\uDE00")).isNull();
    }

    @Test
    void nulAndHalvesOfSurrogatePairsAreNot() {
        assertThat(StorableText.problem("a\0b")).contains("NUL");
        assertThat(StorableText.problem("\uD800")).contains("unpaired", "\\ud800");
        assertThat(StorableText.problem("x\uDC00")).contains("unpaired", "\\udc00");
        assertThat(StorableText.problem("\uDE00\uD83D")).contains("unpaired");
        assertThat(StorableText.problem("\uD83D\uD83D\uDE00")).contains("unpaired", "at character 0");
        assertThatThrownBy(() -> StorableText.require("targets[2]", "a\0")).isInstanceOf(InvalidSettings.class)
                .extracting("field").isEqualTo("targets[2]");
    }
}
