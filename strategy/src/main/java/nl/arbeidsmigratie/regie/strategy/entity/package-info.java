/** Strategy's persistent state: templates, documents with their sections, and saved versions. */
package nl.arbeidsmigratie.regie.strategy.entity;
