package fi.yhdessa.casework;

import java.util.List;

/**
 * How much of the demo region's client work to generate.
 *
 * @param cases cases in all, most of them closed history; the two workers get full worklists
 * @param journalEntries journal entries in all, spread over the cases
 * @param families the families to open cases for, the demo residents' own families first
 * @param worker the responsible worker of the first demo family (northern area)
 * @param worker2 the responsible worker of the second (southern area), who shares a family with the first through a hand-off
 * @param teamWorkers county professionals who join teams on a legal basis
 * @param partner an NGO worker who joins teams with the family's consent
 */
public record DemoVolume(int cases, int journalEntries, long seed, List<DemoFamily> families, DemoWorker worker, DemoWorker worker2,
		List<DemoWorker> teamWorkers, DemoWorker partner) {
}
