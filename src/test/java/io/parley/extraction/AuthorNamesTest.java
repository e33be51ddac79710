package io.parley.extraction;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AuthorNamesTest {

    @Test
    void headLineLeftoversLeaveTheName() {
        assertThat(AuthorNames.tidy("Progress Trap said,")).isEqualTo("Progress Trap");
        assertThat(AuthorNames.tidy("tRiSh said...")).isEqualTo("tRiSh");
        assertThat(AuthorNames.tidy("2. Lettraggad - 29 August")).isEqualTo("Lettraggad");
        assertThat(AuthorNames.tidy("7. (arYse) \u2013 Aug 30, 2011")).isEqualTo("(arYse)");
    }

    @Test
    void namesThatOnlyLookLikeLeftoversStay() {
        assertThat(AuthorNames.tidy("Said")).isEqualTo("Said");
        assertThat(AuthorNames.tidy("Jean - Marc")).isEqualTo("Jean - Marc");
        assertThat(AuthorNames.tidy("1984")).isEqualTo("1984");
        // a number without a dated tail is the name's own ("2. Liga fan")
        assertThat(AuthorNames.tidy("2. Liga fan")).isEqualTo("2. Liga fan");
        assertThat(AuthorNames.tidy(null)).isNull();
    }
}
