package nl.jeugdlink.intake;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Intake: referrals to JeugdLink and the zorgtafel, anonymous consults, and their screening. */
@SpringBootApplication
public class IntakeServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(IntakeServiceApplication.class, args);
    }
}
