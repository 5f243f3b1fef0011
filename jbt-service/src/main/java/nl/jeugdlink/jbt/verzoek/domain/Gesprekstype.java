package nl.jeugdlink.jbt.verzoek.domain;

/** The talk asked for (seed 002:440, 002:501-503). */
public enum Gesprekstype { KWART_VOOR_TWAALF, VIJF_VOOR_TWAALF, TOETSING_EINDE_OTS }
