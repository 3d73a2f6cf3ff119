/**
 * The welfare report (hyvinvointikertomus) for a period and an area: built from the welfare plan,
 * its indicators, the service-flow figures, costs and effectiveness, and the analyst's own text
 * for each section, every count under five hidden.
 */
package fi.yhdessa.insight.report;
