/** Strategy's rules and queries behind the facades: access, text rules, loading and locking documents. */
package nl.arbeidsmigratie.regie.strategy.control;
