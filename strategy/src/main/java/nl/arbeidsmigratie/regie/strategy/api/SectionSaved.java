package nl.arbeidsmigratie.regie.strategy.api;

import java.io.Serializable;

/** A saved section, with what the sanitiser removed so the author can be told. */
public record SectionSaved(SectionView section, boolean imagesRemoved, boolean markupRemoved)
        implements Serializable {
}
