package org.safeplan.service;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.safeplan.rules.InvalidSituationException;

/**
 * Reads a request body as the raw JSON text for {@code SafePlanJson.readSituation}, so the library's
 * strict reading and messages apply (Spring's own JSON binding never sees a situation). A body is
 * read to at most {@link #MAX_BYTES} bytes: a real situation is about 1 KiB.
 */
final class SituationBody {

    /** The library's document limit: 64 KiB. */
    static final int MAX_BYTES = 64 * 1024;

    private SituationBody() {
    }

    /** Thrown for a body over {@link #MAX_BYTES}; answered with 413. */
    static final class TooLargeException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TooLargeException() {
            super("The request body is larger than " + MAX_BYTES / 1024 + " KiB; a situation document is about 1 KiB.");
        }
    }

    /**
     * The body as text: JSON is UTF-8 (RFC 8259), decoded strictly.
     *
     * @param declaredLength the Content-Length header, or -1 when the body is chunked
     * @throws TooLargeException if the body is over the limit
     * @throws InvalidSituationException if the bytes are not UTF-8 text
     */
    static String read(InputStream in, long declaredLength) throws IOException {
        if (declaredLength > MAX_BYTES) {
            throw new TooLargeException();                    // refused before reading a byte
        }
        byte[] bytes = in.readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            throw new TooLargeException();
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString()
                    .replaceFirst("^\uFEFF", "");           // a byte-order mark is not part of the JSON
        } catch (CharacterCodingException e) {
            throw new InvalidSituationException("The request body is not UTF-8 text; send the situation as UTF-8 JSON.",
                    null, List.of());
        }
    }
}
