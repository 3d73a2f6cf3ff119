package fi.yhdessa.casework.web;

import fi.yhdessa.casework.access.Cases;

/**
 * What the case page shows ({@code src/main/jte/casework/case.jte}) around its summary.
 *
 * @param done the message key's end of what was just done ({@code ?done=…}), or null
 * @param top the summary and the sections' links, written by {@code casework/case-top.jte}
 * @param section the open section's HTML, or empty
 * @param canReadAccessLog whether the user may read the case's access log
 */
public record CasePage(Cases.CaseView view, String done, String top, String section, boolean canReadAccessLog) {
}
