package nl.jeugdlink.contracts.casus;

import java.time.Instant;

/**
 * An evaluation of the casus was held at one of the region's moments; its minutes are due within 5 working days.
 *
 * @param maanden the moment, in months since the casus opened
 * @param vervolg DOORGAAN or AFSLUITEN
 * @param nieuweAnalyseEnPlanVereist the last moment decided to go on
 * @param gehoudenOp the day it was held, at the start of that day in Europe/Amsterdam
 */
public record EvaluatieGehouden(
        String casusId,
        String aanmeldingId,
        String gemeenteCode,
        String evaluatieId,
        int maanden,
        String vervolg,
        boolean nieuweAnalyseEnPlanVereist,
        Instant gehoudenOp,
        String vastgelegdDoor,
        Instant vastgelegdOp) {
}
