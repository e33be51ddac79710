package io.parley.api;

import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What /v3/api-docs says about answers the controllers' return types cannot show: every API operation refuses bad
 * input and missing access with a 4xx {@code application/problem+json} (the document listed only the 200). The
 * pages' own script endpoints ({@code /sites/{site}/queue/bulk} and the like, which need the page session and its
 * CSRF token) are no API and are left out by {@code springdoc.paths-to-match} in application.yml.
 */
@Configuration
class ApiDocProblems {

    @Bean
    OpenApiCustomizer problemResponses() {
        return api -> {
            Schema<Object> problem = new Schema<>().type("object").description("RFC 9457 problem details")
                    .addProperty("type", new Schema<String>().type("string"))
                    .addProperty("title", new Schema<String>().type("string"))
                    .addProperty("status", new Schema<Integer>().type("integer"))
                    .addProperty("detail", new Schema<String>().type("string"))
                    .addProperty("instance", new Schema<String>().type("string"))
                    .addProperty("fields", new Schema<Object>().type("array").description("what was wrong: {field, message}")
                            .items(new Schema<Object>().type("object")
                                    .addProperty("field", new Schema<String>().type("string"))
                                    .addProperty("message", new Schema<String>().type("string"))));
            ApiResponse refused = new ApiResponse().description("Refused: bad input (400, 413, 415, 422), credentials "
                            + "(401), role (403), no such site or object (404), conflict (409, 412), rate (429); "
                            + "nothing was stored")
                    .content(new Content().addMediaType("application/problem+json", new MediaType().schema(problem)));
            api.getPaths().forEach((path, item) -> item.readOperations()
                    .forEach(op -> op.getResponses().putIfAbsent("4XX", refused)));
        };
    }
}
