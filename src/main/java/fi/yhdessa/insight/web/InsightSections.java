package fi.yhdessa.insight.web;

/**
 * insight's own navigation ({@code src/main/jte/insight/nav.jte}): the section shown, and whether
 * the person makes the welfare report and edits insight's settings.
 */
public record InsightSections(String current, boolean makesReports, boolean analyst) {

	/** {@code page} for the section shown, for {@code aria-current}; nothing for the others. */
	public String at(String section) {
		return section.equals(current) ? "page" : null;
	}
}
