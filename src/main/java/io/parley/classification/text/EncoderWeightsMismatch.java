package io.parley.classification.text;

/**
 * The encoder weights (or tokenizer) on the class path are not the ones a model was trained with, or are absent:
 * serving them would give the model's heads vectors from another space, so start-up stops here.
 */
public final class EncoderWeightsMismatch extends RuntimeException {

    public EncoderWeightsMismatch(String message) {
        super(message);
    }
}
