package nl.jeugdlink.jbt;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Jeugdbeschermingstafel: requests for a talk or a raadsonderzoek, weekly planning within 1.5-2 weeks, and the decision (one of four outcomes). */
@SpringBootApplication
public class JbtServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(JbtServiceApplication.class, args);
    }
}
