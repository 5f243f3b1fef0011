package nl.jeugdlink.platform.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;

/**
 * Every error as RFC 9457 problem+json. Validation errors name each field and the rule it breaks
 * ({@code invalidParams}); nothing a client sees carries a stack trace or an internal message.
 */
@RestControllerAdvice
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE)
public class ProblemHandling extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandling.class);
    public static final URI INVALID_INPUT = URI.create("https://jeugdlink.nl/problemen/ongeldige-invoer");

    private final org.springframework.beans.factory.ObjectProvider<nl.jeugdlink.platform.security.RefusalLog> audit;

    public ProblemHandling(org.springframework.beans.factory.ObjectProvider<nl.jeugdlink.platform.security.RefusalLog> audit) {
        this.audit = audit;
    }

    /** A domain rule broken by a request: a 400 naming the field and the rule. */
    public static class InvalidInputException extends RuntimeException {
        private final List<InvalidParam> invalidParams;

        public InvalidInputException(List<InvalidParam> invalidParams) {
            super(invalidParams.toString());
            this.invalidParams = List.copyOf(invalidParams);
        }

        public InvalidInputException(String field, String code, String reason) {
            this(List.of(new InvalidParam(field, code, reason)));
        }

        public List<InvalidParam> invalidParams() {
            return invalidParams;
        }
    }

    public static ProblemDetail invalidInput(List<InvalidParam> invalidParams) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "De aanvraag bevat " + invalidParams.size() + " ongeldig(e) veld(en); zie invalidParams.");
        problem.setType(INVALID_INPUT);
        problem.setTitle("Ongeldige invoer");
        problem.setProperty("invalidParams", invalidParams);
        return problem;
    }

    /**
     * A rule of a service's domain refuses the command (not its input's form): 409, of the service's own
     * problem type, naming the rule ({@code regel}) and the field it concerns, as {@code invalidParams}
     * does for a 400. One shape for every service's rules, so a client reads them all alike.
     *
     * @param type the service's problem type for its rules, e.g. {@code https://jeugdlink.nl/problemen/casusregel}
     * @param title the kind of rule, in Dutch, e.g. {@code Casusregel}
     * @param broken the field, the rule's code and why
     */
    public static ProblemDetail ruleBroken(URI type, String title, InvalidParam broken) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, broken.reason());
        problem.setType(type);
        problem.setTitle(title + ": " + broken.code());
        problem.setProperty("regel", broken.code());
        problem.setProperty("invalidParams", List.of(broken));
        return problem;
    }

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<ProblemDetail> invalidInput(InvalidInputException e) {
        return ResponseEntity.badRequest().body(invalidInput(e.invalidParams()));
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<InvalidParam> params = new ArrayList<>();
        for (FieldError error : ex.getBindingResult().getFieldErrors()) {
            params.add(new InvalidParam(error.getField(), ruleOf(error.getCode()), String.valueOf(error.getDefaultMessage())));
        }
        ex.getBindingResult().getGlobalErrors().forEach(error ->
                params.add(new InvalidParam(error.getObjectName(), ruleOf(error.getCode()), String.valueOf(error.getDefaultMessage()))));
        return ResponseEntity.badRequest().headers(headers).body(invalidInput(params));
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof RequestBodyLimitFilter.BodyTooLargeException) {
                ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE,
                        "De body is te groot; er is niets opgeslagen.");
                problem.setTitle("Aanvraag te groot");
                return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(problem);
            }
        }
        JacksonException jackson = null;
        for (Throwable t = ex.getCause(); t != null && jackson == null; t = t.getCause()) {
            if (t instanceof JacksonException found) {
                jackson = found;
            }
        }
        InvalidParam param;
        if (jackson instanceof StreamReadException) {
            param = new InvalidParam("body", "syntax", "De body is geen geldige JSON.");
        } else if (jackson != null && !jackson.getPath().isEmpty()) {
            param = new InvalidParam(pathOf(jackson), "type", "Het veld heeft niet het verwachte type of formaat.");
        } else if (jackson != null) {
            param = new InvalidParam("body", "type", "De body heeft niet de verwachte vorm.");
        } else {
            param = new InvalidParam("body", "required", "De body ontbreekt of is onleesbaar.");
        }
        return ResponseEntity.badRequest().headers(headers).body(invalidInput(List.of(param)));
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ProblemDetail conflict(OptimisticLockingFailureException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                "Het gegeven is intussen door een ander gewijzigd; haal het opnieuw op en probeer het nog eens.");
        problem.setTitle("Gelijktijdige wijziging");
        return problem;
    }

    @ExceptionHandler(DataAccessResourceFailureException.class)
    ProblemDetail storeUnavailable(DataAccessResourceFailureException e) {
        log.warn("store unavailable: {}", e.getMessage());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "De opslag is tijdelijk niet bereikbaar; er is niets opgeslagen. Probeer het zo opnieuw.");
        problem.setTitle("Tijdelijk niet beschikbaar");
        return problem;
    }

    /** Refusals inside a service (role, municipality) are 403 problems, never 500s. */
    @ExceptionHandler(org.springframework.security.access.AccessDeniedException.class)
    ResponseEntity<ProblemDetail> accessDenied(org.springframework.security.access.AccessDeniedException e,
            jakarta.servlet.http.HttpServletRequest request) {
        // A refused look at personal data is itself audited (NEN 7513), with the reason.
        audit.ifAvailable(trail -> {
            nl.jeugdlink.platform.security.Gebruiker gebruiker = null;
            try {
                gebruiker = nl.jeugdlink.platform.security.Toegang.gebruiker();
            } catch (org.springframework.security.access.AccessDeniedException anonymous) {
                // no verified person behind this request
            }
            if (e instanceof nl.jeugdlink.platform.security.Toegang.Geweigerd geweigerd) {
                trail.geweigerd(request, gebruiker, geweigerd);
            } else {
                trail.geweigerd(request, gebruiker, String.valueOf(e.getMessage()));
            }
        });
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, "U heeft geen toegang tot dit gegeven.");
        problem.setTitle("Geen toegang");
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(problem);
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e) {
        log.error("unexpected error", e);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "Er ging iets mis aan onze kant. De fout is vastgelegd.");
        problem.setTitle("Interne fout");
        return problem;
    }

    /** {@code NotBlank} → {@code required}: the NLGov convention names the rule, not the annotation. */
    static String ruleOf(@Nullable String constraint) {
        if (constraint == null) {
            return "invalid";
        }
        return switch (constraint) {
            case "NotNull", "NotBlank", "NotEmpty" -> "required";
            case "Pattern" -> "pattern";
            case "Size", "Length" -> "size";
            case "Min", "DecimalMin", "Positive", "PositiveOrZero" -> "min";
            case "Max", "DecimalMax", "Negative", "NegativeOrZero" -> "max";
            case "Email" -> "email";
            case "Past", "PastOrPresent" -> "past";
            case "Future", "FutureOrPresent" -> "future";
            case "AssertTrue", "AssertFalse" -> "rule";
            default -> Character.toLowerCase(constraint.charAt(0)) + constraint.substring(1);
        };
    }

    static String pathOf(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }
}
