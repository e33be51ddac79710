package io.parley.model;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a serving type or member that is public only so that the model's own trainer (the {@code training}
 * sub-package of the same feature) can build, tune and check the model: the trainer's view of the internals, not API.
 * The architecture tests hold that nothing else uses it, so serving can change these freely together with its trainer.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.CONSTRUCTOR, ElementType.FIELD})
public @interface TrainerView {
}
