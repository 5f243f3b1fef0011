package nl.jeugdlink.casus.casus.domain;

/** The kinds of conversation of a casus (000:165-189). */
public enum GesprekSoort {
    STARTOVERLEG, ZORGTAFEL, GEZINSGESPREK, KINDGESPREK, EVALUATIE, AFSLUITEND_GESPREK
}
