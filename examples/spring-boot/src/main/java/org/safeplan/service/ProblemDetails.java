package org.safeplan.service;

import java.net.URI;
import org.safeplan.rules.InvalidSituationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error as an RFC 9457 problem details document ({@code application/problem+json}).
 *
 * <p>Bad input is answered with 400 and the library's message, which names the field; the
 * extension members {@code field} and {@code allowedValues} carry them for programs. Errors are
 * told to the caller only: nothing about the request is logged, and no stack trace is ever sent.
 * Spring's own errors (405, 406, 415, 404 ...) come out as problem details through the base class.
 */
@RestControllerAdvice
public class ProblemDetails extends ResponseEntityExceptionHandler {

    /** Problem type of a situation document that was refused. */
    public static final URI INVALID_SITUATION = URI.create("urn:safeplan:problem:invalid-situation");
    /** Problem type of a query parameter with a bad value. */
    public static final URI INVALID_PARAMETER = URI.create("urn:safeplan:problem:invalid-parameter");
    /** Problem type of a body over the size limit. */
    public static final URI BODY_TOO_LARGE = URI.create("urn:safeplan:problem:body-too-large");
    /** Problem type of a previewed content folder with problems: no advice until they are fixed. */
    public static final URI CONTENT_INVALID = URI.create("urn:safeplan:problem:content-invalid");
    /** Problem type of a previewed content folder that is still loading after the wait. */
    public static final URI CONTENT_LOADING = URI.create("urn:safeplan:problem:content-loading");
    /** Problem type of {@code /v1/compare} without a content folder. */
    public static final URI NO_CONTENT_FOLDER = URI.create("urn:safeplan:problem:no-content-folder");

    private static final Logger LOG = LoggerFactory.getLogger(ProblemDetails.class);

    /** 400: the situation was refused; no advice is given for it. */
    @ExceptionHandler(InvalidSituationException.class)
    public ResponseEntity<ProblemDetail> invalidSituation(InvalidSituationException e) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, INVALID_SITUATION, "Invalid situation", e.getMessage());
        e.field().ifPresent(field -> problem.setProperty("field", field));
        if (!e.allowedValues().isEmpty()) {
            problem.setProperty("allowedValues", e.allowedValues());
        }
        return respond(problem);
    }

    /** 400: {@code ?max=0} and the like. */
    @ExceptionHandler(AdviceController.InvalidParameterException.class)
    public ResponseEntity<ProblemDetail> invalidParameter(AdviceController.InvalidParameterException e) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, INVALID_PARAMETER, "Invalid parameter", e.getMessage());
        problem.setProperty("field", e.parameter());
        return respond(problem);
    }

    /** 400: {@code ?max=abc}. The value is not repeated back. */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    public ResponseEntity<ProblemDetail> parameterType(MethodArgumentTypeMismatchException e) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, INVALID_PARAMETER, "Invalid parameter",
                "The query parameter \"" + e.getName() + "\" must be a whole number.");
        problem.setProperty("field", e.getName());
        return respond(problem);
    }

    /** 413: the body is over 64 KiB; nothing past the limit was read. */
    @ExceptionHandler(SituationBody.TooLargeException.class)
    public ResponseEntity<ProblemDetail> tooLarge(SituationBody.TooLargeException e) {
        return respond(problem(HttpStatus.CONTENT_TOO_LARGE, BODY_TOO_LARGE, "Request body too large", e.getMessage()));
    }

    /**
     * 503: the previewed content folder has problems (each {@code file:line: message}, in
     * {@code problems}) or is still loading. Never the advice of the content from before.
     */
    @ExceptionHandler(LiveContent.ContentUnavailableException.class)
    public ResponseEntity<ProblemDetail> contentUnavailable(LiveContent.ContentUnavailableException e) {
        if (e.state() == LiveContent.State.INVALID) {
            int n = e.problems().size();
            ProblemDetail problem = problem(HttpStatus.SERVICE_UNAVAILABLE, CONTENT_INVALID, "The content has problems",
                    "The content folder has " + n + (n == 1 ? " problem" : " problems") + ". No advice is given until"
                            + " " + (n == 1 ? "it is" : "they are") + " fixed: fix the files and save, and the advice"
                            + " comes back.");
            problem.setProperty("problems", e.problems());
            return respond(problem);
        }
        ProblemDetail problem = problem(HttpStatus.SERVICE_UNAVAILABLE, CONTENT_LOADING, "The content is loading",
                "The content folder is still being loaded; ask again in a moment.");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .header(HttpHeaders.RETRY_AFTER, "2").body(problem);
    }

    /** 404: {@code /v1/compare} needs a content folder to compare with the bundled content. */
    @ExceptionHandler(AdviceController.NoContentFolderException.class)
    public ResponseEntity<ProblemDetail> noContentFolder(AdviceController.NoContentFolderException e) {
        return respond(problem(HttpStatus.NOT_FOUND, NO_CONTENT_FOLDER, "No content folder", e.getMessage()));
    }

    /** 500: logged by exception type only (a message could quote input), answered without details. */
    @ExceptionHandler(Exception.class)
    public ResponseEntity<ProblemDetail> internal(Exception e) {
        LOG.error("Request failed with {} (details withheld: they could contain situation data)", e.getClass().getName());
        return respond(ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "The advice could not be given. Nothing was kept of the request; try again."));
    }

    /** 415 with a hint that says what to send. */
    @Override
    protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(HttpMediaTypeNotSupportedException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ex.getBody().setDetail("Send the situation as JSON with the header Content-Type: application/json.");
        return super.handleHttpMediaTypeNotSupported(ex, headers, status, request);
    }

    private static ProblemDetail problem(HttpStatus status, URI type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(type);
        problem.setTitle(title);
        return problem;
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
