package nl.arbeidsmigratie.regie.strategy.api;

/** Who adopted a document: the college of mayor and aldermen, or the council. */
public enum AdoptionBody {
    COLLEGE,
    COUNCIL
}
