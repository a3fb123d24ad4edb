package nl.arbeidsmigratie.regie.sessions.api;

import java.io.Serializable;

/** How a slot fared: its place in the ranking (from 1) and the counts of each answer. */
public record SlotResult(int rank, SlotView slot, int yes, int ifNeedBe, int no) implements Serializable {
}
