package nl.jeugdlink.casus.casus.adapter.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;
import nl.jeugdlink.casus.casus.domain.Casus;
import nl.jeugdlink.casus.casus.domain.CasusId;
import nl.jeugdlink.casus.casus.domain.CasusOnbekend;
import nl.jeugdlink.casus.casus.domain.Casussen;
import nl.jeugdlink.casus.casus.domain.OngeldigeInvoer;
import nl.jeugdlink.casus.casus.domain.Regelschending;
import nl.jeugdlink.platform.security.Gebruiker;
import nl.jeugdlink.platform.security.Toegang;
import nl.jeugdlink.platform.web.InvalidParam;
import nl.jeugdlink.platform.web.ProblemHandling;
import nl.jeugdlink.platform.web.ProblemHandling.InvalidInputException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * What every casus endpoint shares: loading the casus behind the path (400 for a malformed id,
 * 404 when unknown, 403 for another municipality) and turning the casus's refusals into
 * problem+json. These handlers sit on the controllers themselves, so they come before the
 * platform's catch-all.
 */
abstract class CasusApi {

    static final URI CASUSREGEL = URI.create("https://jeugdlink.nl/problemen/casusregel");

    protected final Casussen casussen;

    CasusApi(Casussen casussen) {
        this.casussen = casussen;
    }

    static CasusId casusId(String casusId) {
        try {
            return new CasusId(UUID.fromString(casusId));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("casusId", "uuid", "Een casus-id is een UUID.");
        }
    }

    /** The casus, when it exists and belongs to a municipality of the person asking. */
    Casus laad(String casusId, Gebruiker gebruiker) {
        CasusId id = casusId(casusId);
        Casus casus = casussen.find(id).orElseThrow(() -> new CasusOnbekend("Geen casus met id " + id));
        Toegang.voorGemeente(gebruiker, casus.gemeenteCode());
        return casus;
    }

    /** A rule of the casus refuses the command: 409, naming the rule and the field it concerns. */
    @ExceptionHandler(Regelschending.class)
    ResponseEntity<ProblemDetail> regelschending(Regelschending e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setType(CASUSREGEL);
        problem.setTitle("Casusregel: " + e.regel());
        problem.setProperty("regel", e.regel());
        problem.setProperty("invalidParams", List.of(new InvalidParam(e.veld(), e.regel(), e.getMessage())));
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
    }

    @ExceptionHandler(OngeldigeInvoer.class)
    ResponseEntity<ProblemDetail> ongeldigeInvoer(OngeldigeInvoer e) {
        return ResponseEntity.badRequest().body(ProblemHandling.invalidInput(List.of(new InvalidParam(e.veld(), e.regel(), e.getMessage()))));
    }

    @ExceptionHandler(CasusOnbekend.class)
    ResponseEntity<ProblemDetail> onbekend(CasusOnbekend e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setTitle("Niet gevonden");
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
    }
}
