package nl.jeugdlink.jbt.verzoek.domain;

/**
 * Who files a request: the regisseur of the casus, a Veilig Thuis professional or a GI youth
 * protector (seed 002:434).
 *
 * @param id the person's pseudonymous id
 * @param rol the role they file in, as the token names it ({@code regisseur}, {@code jeugdlink-professional}, {@code jeugdbeschermer})
 */
public record Indiener(String id, String rol) {
}
