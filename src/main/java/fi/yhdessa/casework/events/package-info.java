/**
 * The facts casework publishes, as past-tense records: cases opened and closed, responsible
 * workers changed, service-needs assessments initiated, started and completed, client plans
 * agreed and reviewed, hand-offs proposed, accepted, declined, expired and completed, and the
 * outcome measures (goal attainment, the family's rating of everyday life). Each carries the
 * {@link fi.yhdessa.casework.events.CaseContext} of its case: ids and classifications, never names
 * or identity codes.
 */
@NamedInterface("events")
package fi.yhdessa.casework.events;

import org.springframework.modulith.NamedInterface;
