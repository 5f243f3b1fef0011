package nl.jeugdlink.notificatie.notificatie.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import nl.jeugdlink.platform.klok.AdjustableClock;
import org.junit.jupiter.api.Test;

class OnbekendeOntvangersTest {

    private static final Instant NU = Instant.parse("2026-12-07T09:00:00Z");

    private final AdjustableClock klok = new AdjustableClock(Clock.fixed(NU, ZoneOffset.UTC));
    private final OnbekendeOntvangers onbekend = new OnbekendeOntvangers(klok);

    @Test
    void warnsOncePerRecipientAndAgainAfterTenQuietMinutes() {
        assertThat(onbekend.waarschuwen("st-ede-0042")).as("the first message").isTrue();
        assertThat(onbekend.waarschuwen("st-ede-0042")).as("the second, at once").isFalse();
        assertThat(onbekend.waarschuwen("vt-0107")).as("another recipient").isTrue();

        klok.zet(NU.plus(OnbekendeOntvangers.STIL).minusSeconds(1));
        assertThat(onbekend.waarschuwen("st-ede-0042")).as("within ten minutes").isFalse();

        klok.zet(NU.plus(OnbekendeOntvangers.STIL));
        assertThat(onbekend.waarschuwen("st-ede-0042")).as("ten minutes after the warning").isTrue();
        assertThat(onbekend.waarschuwen("st-ede-0042")).isFalse();
    }
}
