package io.parley.api;

import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Scalars are not turned into text: {@code {"text": 5}} or {@code {"author": true}} is the client's mistake, and
 * Jackson would otherwise store or classify "5" and "true" as if they were sent. {@code allow-coercion-of-scalars:
 * false} (application.yml) covers the other direction ("5" for a number) but not text targets, which keep
 * Jackson's default of converting. Everything this service writes sends text as JSON strings, so reading its own
 * stored JSON back is not affected; the CLI's mappers are its own.
 */
@Configuration(proxyBeanMethods = false)
class StrictJsonInput {

    @Bean
    Jackson2ObjectMapperBuilderCustomizer scalarsAreNotText() {
        return builder -> builder.postConfigurer(mapper -> mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail));
    }
}
