package io.parley.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What `sites add` and `users add` print when the running service refuses them: one message, no JSON. */
class RunningServiceTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Was "slug: lower-case … [{"message":"lower-case …","field":"slug"}]": the same message twice, once as JSON. */
    @Test
    void aRefusedFieldIsSaidOnceInWords() throws Exception {
        String body = "{\"status\":422,\"detail\":\"slug: lower-case letters\",\"fields\":[{\"message\":\"lower-case letters\","
                + "\"field\":\"slug\"}]}";
        assertThat(RunningService.message(JSON.readTree(body), body)).isEqualTo("slug: lower-case letters");
    }

    @Test
    void fieldsTheDetailDoesNotNameAreAddedInWords() throws Exception {
        String body = "{\"status\":422,\"detail\":\"some fields are invalid\",\"fields\":[{\"message\":\"at least 8 characters\","
                + "\"field\":\"password\"},{\"message\":\"1-64 letters\",\"field\":\"username\"}]}";
        assertThat(RunningService.message(JSON.readTree(body), body))
                .isEqualTo("some fields are invalid; password: at least 8 characters; username: 1-64 letters");
        assertThat(RunningService.message(JSON.createObjectNode(), "Bad Gateway")).isEqualTo("Bad Gateway");
    }
}
