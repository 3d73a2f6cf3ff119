package fi.yhdessa.insight.report;

/** The sections of the welfare report, in their order; each may carry the analyst's own text. Message key: {@code report.section.NAME}. */
public enum ReportSection {
	SUMMARY, PLAN, INDICATORS, SERVICE_FLOW, COSTS, EFFECTIVENESS, CONCLUSIONS
}
