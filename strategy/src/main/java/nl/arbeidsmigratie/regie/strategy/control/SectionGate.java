package nl.arbeidsmigratie.regie.strategy.control;

import jakarta.enterprise.context.ApplicationScoped;
import nl.arbeidsmigratie.regie.platform.api.OneAtATime;

/**
 * Saves of one section, one at a time per instance. Only one save per section version can win anyway (the
 * section's version column decides, across instances too); this keeps many authors saving at once from holding
 * the pool while they wait for the section's row.
 */
@ApplicationScoped
public class SectionGate extends OneAtATime {
}
