package nl.arbeidsmigratie.regie.strategy.api;

import java.io.Serializable;

/**
 * A saved section, with what the sanitiser removed and the characters its PDF cannot show ({@code notInPdf}, empty
 * when none), so the author can be told.
 */
public record SectionSaved(SectionView section, boolean imagesRemoved, boolean markupRemoved, String notInPdf)
        implements Serializable {
}
