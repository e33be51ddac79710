package io.parley.api;

final class BodyNotUtf8 extends RuntimeException {
    BodyNotUtf8(String charset) {
        super("the body is not valid " + charset);
    }
}
