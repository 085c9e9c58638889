package org.safeplan.compat;

import java.net.URI;
import org.safeplan.rules.InvalidSituationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Bad input is the caller's mistake, not the server's: 400 with the RFC 9457 problem details the
 * main service (examples/spring-boot) gives, the library's message naming the field. Nothing of the
 * request is logged.
 */
@RestControllerAdvice
public class InvalidSituationProblem {

    /** The problem type, as the main service's. */
    public static final URI TYPE = URI.create("urn:safeplan:problem:invalid-situation");

    /** 400: {@code type}, {@code title}, {@code detail}, {@code instance}, and {@code field} and {@code allowedValues} when known. */
    @ExceptionHandler(InvalidSituationException.class)
    public ResponseEntity<ProblemDetail> invalidSituation(InvalidSituationException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setType(TYPE);
        problem.setTitle("Invalid situation");
        e.field().ifPresent(field -> problem.setProperty("field", field));
        if (!e.allowedValues().isEmpty()) {
            problem.setProperty("allowedValues", e.allowedValues());
        }
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
