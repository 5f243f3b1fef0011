package nl.jeugdlink.escalatie;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Deadlines in Dutch working days for the whole platform, and the escalation model: situations, steps, who takes them. */
@SpringBootApplication
public class EscalationServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(EscalationServiceApplication.class, args);
    }
}
