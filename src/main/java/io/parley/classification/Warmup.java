package io.parley.classification;

import io.parley.classification.text.OpenNlp;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Starts ND4J's native backend and OpenNLP's models on a daemon thread while Spring builds the
 * application, so that when the model beans are created the seconds of native start-up are already
 * spent. Plain class initialisation, which the JVM makes thread-safe: a bean that gets there first
 * simply waits for it; a failure here is ignored and happens again, with its message, in the bean.
 */
public final class Warmup {

    private Warmup() {
    }

    public static void startInBackground() {
        Thread t = new Thread(() -> {
            try {
                Nd4j.create(1);
                OpenNlp.tokens("warm up");
                OpenNlp.sentences("Warm up. Twice.");
            } catch (Throwable ignored) {
                // reported where it matters: when the model beans load
            }
        }, "warmup");
        t.setDaemon(true);
        t.start();
    }
}
