package nl.jeugdlink.casus.casus.domain;

import java.util.List;

/** Working notes, kept apart from the casus document: they are not part of the dossier. */
public interface Werkaantekeningen {

    void add(Werkaantekening werkaantekening);

    /** Only the author's own notes on this casus; nobody can ask for someone else's. */
    List<Werkaantekening> vanAuteur(CasusId casusId, String auteurId);
}
