package io.parley.api;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.regex.Pattern;

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

    /**
     * A request body's field the endpoint does not have is the client's mistake: a misspelt field ("titel", "autorRules",
     * "reasn") was dropped, so an article was stored without its title, settings saved as a version that changed
     * nothing, a decision without its reason, all answered 2xx. Ingest and classify bodies are tolerant of fields
     * that are plainly a site's own (ExtraFields). Only the HTTP reader refuses them: the application's
     * mapper also reads JSON stored by earlier versions, which may hold fields since dropped.
     */
    @Bean
    org.springframework.web.servlet.config.annotation.WebMvcConfigurer unknownFieldsAreRefused() {
        return new org.springframework.web.servlet.config.annotation.WebMvcConfigurer() {
            @Override
            public void extendMessageConverters(java.util.List<org.springframework.http.converter.HttpMessageConverter<?>> converters) {
                for (var c : converters) {
                    if (c instanceof org.springframework.http.converter.json.MappingJackson2HttpMessageConverter j) {
                        j.setObjectMapper(j.getObjectMapper().copy()
                                .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                                // except a site's own extra fields on ingest and classify bodies: ignored and named
                                .addHandler(new ExtraFields.Handler()));
                    }
                }
            }
        };
    }

    /**
     * A time ({@code published}, {@code postedAt}) is an ISO-8601 string. Jackson's own reader also takes a JSON
     * number, or a string of digits, as seconds since 1970: {@code "published": 1641837600} was stored as
     * 2022-01-10T18:00Z, while the same client's milliseconds were a far-future 422 and {@code fetchedAt=1641837600}
     * on /pages and /extract (and the CLI's --fetched-at) was refused as no ISO-8601 time. One rule everywhere: a
     * number is refused, naming the field; a real ISO-8601 string reads exactly as before.
     */
    @Bean
    Jackson2ObjectMapperBuilderCustomizer timesAreIsoStrings() {
        return builder -> builder.postConfigurer(mapper -> mapper.registerModule(
                new com.fasterxml.jackson.databind.module.SimpleModule("iso-times")
                        .addDeserializer(OffsetDateTime.class, new IsoOffsetDateTime())));
    }

    /** Jackson's OffsetDateTime reader for strings that are not bare numbers; anything else is the client's mistake. */
    static final class IsoOffsetDateTime extends com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer<OffsetDateTime> {

        private static final Pattern NUMBER = Pattern.compile("\\s*[-+]?\\d+(\\.\\d*)?\\s*");

        IsoOffsetDateTime() {
            super(OffsetDateTime.class);
        }

        @Override
        public OffsetDateTime deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.hasToken(JsonToken.VALUE_STRING) && !NUMBER.matcher(p.getText()).matches()) {
                return com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer.OFFSET_DATE_TIME.deserialize(p, ctxt);
            }
            return (OffsetDateTime) ctxt.handleUnexpectedToken(OffsetDateTime.class, p);
        }
    }
}
