package nl.jeugdlink.routing.ijw.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BsnTest {

    @Test
    void acceptsANumberThatPassesTheElevenTest() {
        // 9*9 + 8*9 + 7*9 + 6*9 + 5*0 + 4*0 + 3*0 + 2*0 - 6 = 264 = 24 * 11
        assertThat(Bsn.isGeldig("999900006")).isTrue();
        assertThat(Bsn.isGeldig("111222333")).isTrue();
    }

    @Test
    void refusesANumberThatFailsTheElevenTestOrIsNotNineDigits() {
        assertThat(Bsn.isGeldig("999900007")).isFalse();
        assertThat(Bsn.isGeldig("12345678")).isFalse();
        assertThat(Bsn.isGeldig("12345678a")).isFalse();
    }
}
