package org.safeplan.service.cdshooks;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The CDS Hooks endpoints' refusals as RFC 9457 problem details, like the rest of the service: 400 for
 * a request that does not follow the specification, 412 for missing prefetch, 413 for a body over the
 * limit. Nothing is logged. Every other error goes to the service's own handler.
 */
@RestControllerAdvice(basePackageClasses = CdsHooksController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
public class CdsHooksProblems {

    /** The problem, told to the caller only. */
    @ExceptionHandler(HookProblem.class)
    public ResponseEntity<ProblemDetail> refused(HookProblem e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(e.status(), e.getMessage());
        problem.setType(e.type());
        problem.setTitle(e.title());
        return ResponseEntity.status(e.status()).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .header(HttpHeaders.CACHE_CONTROL, "no-store").body(problem);
    }
}
