/** What other modules and the web may use of strategy: its facades and the records they take and return. */
package nl.arbeidsmigratie.regie.strategy.api;
