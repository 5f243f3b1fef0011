package nl.jeugdlink.routing.toewijzing.domain;

import java.util.List;

/** A requested toewijzing breaks rules of its own content (CD/CS/RS): nothing is stored. */
public class OngeldigeToewijzing extends RuntimeException {

    private final List<Overtreding> overtredingen;

    public OngeldigeToewijzing(List<Overtreding> overtredingen) {
        super(overtredingen.toString());
        this.overtredingen = List.copyOf(overtredingen);
    }

    public List<Overtreding> overtredingen() {
        return overtredingen;
    }
}
