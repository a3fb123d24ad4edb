/**
 * Strategy's rules and queries behind the facades: access, text rules, loading and locking documents, frozen
 * figures and the PDF typesetting of a version.
 */
package nl.arbeidsmigratie.regie.strategy.control;
