/*
 * Calendars start the week on Monday in every language, as weeks are counted in the Netherlands and in the rest of
 * Europe (ISO 8601); PrimeFaces' English would start it on Sunday. Before any picker is made, as each reads it then.
 */
PrimeFaces.setGlobalLocaleValue('firstDayOfWeek', 1);
