/**
 * The welfare plan: plan periods, priorities owned by a group of the network, each with its
 * indicators (baseline, target, direction) and its measures, and the progress of each priority.
 */
package fi.yhdessa.insight.plan;
