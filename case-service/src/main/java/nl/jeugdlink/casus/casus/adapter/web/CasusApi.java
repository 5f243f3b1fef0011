package nl.jeugdlink.casus.casus.adapter.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;
import nl.jeugdlink.casus.casus.domain.Betrokkenen;
import nl.jeugdlink.casus.casus.domain.Casus;
import nl.jeugdlink.casus.casus.domain.CasusId;
import nl.jeugdlink.casus.casus.domain.CasusOnbekend;
import nl.jeugdlink.casus.casus.domain.Casusbetrokkenen;
import nl.jeugdlink.casus.casus.domain.Casussen;
import nl.jeugdlink.casus.casus.domain.GeenInzage;
import nl.jeugdlink.casus.casus.domain.Inzagebeleid;
import nl.jeugdlink.casus.casus.domain.Medewerker;
import nl.jeugdlink.casus.casus.domain.OngeldigeInvoer;
import nl.jeugdlink.casus.casus.domain.Regelschending;
import nl.jeugdlink.casus.casus.domain.Weigering;
import nl.jeugdlink.platform.audit.Audit;
import nl.jeugdlink.platform.audit.AuditEntry;
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
 * What every casus endpoint shares: finding the casus behind the path (400 for a malformed id,
 * 404 when unknown, 403 for another municipality or for someone not involved in it), auditing the read or change, and turning the
 * casus's refusals into problem+json. These handlers sit on the controllers themselves, so they
 * come before the platform's catch-all.
 */
abstract class CasusApi {

    static final URI CASUSREGEL = URI.create("https://jeugdlink.nl/problemen/casusregel");

    protected final Casussen casussen;
    protected final Casusbetrokkenen betrokkenen;
    protected final Audit audit;

    CasusApi(Casussen casussen, Casusbetrokkenen betrokkenen, Audit audit) {
        this.casussen = casussen;
        this.betrokkenen = betrokkenen;
        this.audit = audit;
    }

    static CasusId casusId(String casusId) {
        try {
            return new CasusId(UUID.fromString(casusId));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("casusId", "uuid", "Een casus-id is een UUID.");
        }
    }

    /**
     * The casus, when it exists and the person asking may see it: of their municipality and involved
     * in it (ADR 0017). A refusal is a 403 whose audit record names the category and the casus.
     */
    Casus laad(String casusId, Gebruiker gebruiker, String categorie) {
        CasusId id = casusId(casusId);
        Casus casus = casussen.find(id).orElseThrow(() -> onbekend(id));
        magInzien(casus.betrokkenen(), id, gebruiker, categorie);
        return casus;
    }

    /** The casus loaded for the person asking, and the read audited. */
    Casus lees(String casusId, Gebruiker gebruiker, String categorie) {
        Casus casus = laad(casusId, gebruiker, categorie);
        audit.toegestaan(gebruiker, AuditEntry.Actie.LEZEN, categorie, casus.id().toString());
        return casus;
    }

    /**
     * The id of a casus the person asking may see, for what lies outside the casus document (their
     * own working notes). Reads only who is involved in it, not the casus and its decrypted conversations.
     */
    CasusId toegang(String casusId, Gebruiker gebruiker, String categorie) {
        CasusId id = casusId(casusId);
        magInzien(betrokkenen.van(id).orElseThrow(() -> onbekend(id)), id, gebruiker, categorie);
        return id;
    }

    private static void magInzien(Betrokkenen betrokken, CasusId id, Gebruiker gebruiker, String categorie) {
        try {
            Inzagebeleid.eisInzage(betrokken, medewerker(gebruiker));
        } catch (GeenInzage e) {
            throw geweigerd(e, id, categorie);
        }
    }

    /** Who asks, as the casus's access policy knows them. */
    static Medewerker medewerker(Gebruiker gebruiker) {
        return new Medewerker(gebruiker.id(), gebruiker.gemeenten());
    }

    /** The platform's refusal (403, audited under this category and casus) for the policy's. */
    private static Toegang.Geweigerd geweigerd(GeenInzage e, CasusId id, String categorie) {
        return new Toegang.Geweigerd(e.getMessage(), categorie, id.toString());
    }

    /** Runs a change on a casus the person may work on, and audits it once it is stored. */
    <T> T wijzig(String casusId, Gebruiker gebruiker, AuditEntry.Actie actie, String categorie, BiFunction<CasusId, Medewerker, T> wijziging) {
        return wijzig(casusId, gebruiker, actie, categorie, null, wijziging);
    }

    /**
     * As {@link #wijzig(String, Gebruiker, AuditEntry.Actie, String, BiFunction)}, for a change that shares data: the audit
     * record names its legal ground. Whether the person may work on the casus is decided by the change itself, on the copy
     * it loads ({@code ChangingCasus}); its refusal becomes the same 403 as a refused read.
     */
    <T> T wijzig(String casusId, Gebruiker gebruiker, AuditEntry.Actie actie, String categorie, @Nullable String grondslag,
            BiFunction<CasusId, Medewerker, T> wijziging) {
        CasusId id = casusId(casusId);
        T resultaat;
        try {
            resultaat = wijziging.apply(id, medewerker(gebruiker));
        } catch (GeenInzage e) {
            throw geweigerd(e, id, categorie);
        }
        audit.toegestaan(gebruiker, actie, categorie, id.toString(), grondslag);
        return resultaat;
    }

    /** The address of the casus, or of something under it ({@code pad} starts with a slash or is empty). */
    static URI adres(CasusId id, String pad) {
        return URI.create("/api/v1/casussen/" + id + pad);
    }

    private static CasusOnbekend onbekend(CasusId id) {
        return new CasusOnbekend("Geen casus met id " + id);
    }

    /** A rule of the casus refuses the command: 409, naming the rule and the field it concerns. */
    @ExceptionHandler(Regelschending.class)
    ResponseEntity<ProblemDetail> regelschending(Regelschending e) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(ProblemHandling.ruleBroken(CASUSREGEL, "Casusregel", invalidParam(e)));
    }

    @ExceptionHandler(OngeldigeInvoer.class)
    ResponseEntity<ProblemDetail> ongeldigeInvoer(OngeldigeInvoer e) {
        return ResponseEntity.badRequest().body(ProblemHandling.invalidInput(e.alle().stream().map(CasusApi::invalidParam).toList()));
    }

    private static InvalidParam invalidParam(Weigering e) {
        return new InvalidParam(e.veld(), e.regel(), e.getMessage());
    }

    @ExceptionHandler(CasusOnbekend.class)
    ResponseEntity<ProblemDetail> onbekend(CasusOnbekend e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setTitle("Niet gevonden");
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
    }
}
