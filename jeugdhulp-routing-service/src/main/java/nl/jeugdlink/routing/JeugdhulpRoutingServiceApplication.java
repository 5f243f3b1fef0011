package nl.jeugdlink.routing;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The 301 and 315 routes: bepaling jeugdhulp, JW301 allocations and JW315 requests, care providers' rejections and the network/RET steps. */
@SpringBootApplication
public class JeugdhulpRoutingServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(JeugdhulpRoutingServiceApplication.class, args);
    }
}
