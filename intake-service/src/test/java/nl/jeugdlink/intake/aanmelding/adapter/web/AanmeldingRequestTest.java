package nl.jeugdlink.intake.aanmelding.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The request's own checks leave dates to the domain: Bean Validation reads the host's clock, and on
 * a host in UTC at 00:30 Dutch time that clock still shows yesterday.
 */
class AanmeldingRequestTest {

    /** 00:30 on 16 June 2026 Dutch time, as a host in UTC sees it. */
    private static final Clock HOST_IN_UTC = Clock.fixed(Instant.parse("2026-06-15T22:30:00Z"), ZoneOffset.UTC);

    private final ValidatorFactory factory = Validation.byDefaultProvider().configure().clockProvider(() -> HOST_IN_UTC).buildValidatorFactory();
    private final Validator validator = factory.getValidator();

    @AfterEach
    void close() {
        factory.close();
    }

    @Test
    void doesNotRefuseAConsentDatedTheDutchTodayOnTheHostsUtcClock() {
        var toestemming = new AanmeldingRequest.ToestemmingRequest(true, LocalDate.parse("2026-06-16"), "st-1");

        assertThat(validator.validate(toestemming)).isEmpty();
    }
}
