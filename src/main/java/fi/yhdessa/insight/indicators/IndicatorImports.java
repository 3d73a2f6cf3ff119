package fi.yhdessa.insight.indicators;

import fi.yhdessa.platform.OutsideApi;
import java.io.Serializable;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports indicators from Sotkanet — from its API when it answers, or from a downloaded file of its
 * data rows — incrementally: every document is read and checked first, then written in one
 * transaction, a value only when it is new or changed; each import is recorded with what it added
 * and changed. A refused or unreachable import writes no value and keeps the last good data.
 */
@Service
public class IndicatorImports {

	private final JdbcClient jdbc;
	private final SotkanetClient sotkanet;
	private final TransactionTemplate transaction;
	private final Clock clock;

	IndicatorImports(JdbcClient jdbc, SotkanetClient sotkanet, TransactionTemplate transaction, Clock clock) {
		this.jdbc = jdbc;
		this.sotkanet = sotkanet;
		this.transaction = transaction;
		this.clock = clock;
	}

	/** What an import did: its outcome, the values added, changed and left as they were, and why when it was refused. */
	public record Report(Outcome outcome, int added, int changed, int unchanged, String messageKey, List<Object> arguments) implements Serializable {

		public enum Outcome {
			IMPORTED, REFUSED, UNREACHABLE
		}
	}

	/** Imports the indicators' metadata and their values for the years from Sotkanet's API, with the regions. */
	public Report fromSotkanet(List<Integer> indicators, List<Integer> years) {
		List<SotkanetFormat.Indicator> metadata = new ArrayList<>();
		List<SotkanetFormat.Row> rows = new ArrayList<>();
		List<SotkanetFormat.Region> regions;
		try {
			regions = SotkanetFormat.regions(sotkanet.regions());
			for (int id : indicators) {
				metadata.add(SotkanetFormat.indicator(sotkanet.indicator(id)));
				rows.addAll(SotkanetFormat.rows(sotkanet.data(id, years)));
			}
		}
		catch (OutsideApi.Unreachable e) {
			return record("sotkanet " + sotkanet.base(), new Report(Report.Outcome.UNREACHABLE, 0, 0, 0, "indicators.error.unreachable",
					List.of(sotkanet.base(), String.valueOf(e.getMessage()))));
		}
		catch (ImportRefused e) {
			return refused("sotkanet " + sotkanet.base(), e);
		}
		return write("sotkanet " + sotkanet.base(), metadata, regions, rows);
	}

	/**
	 * Imports a downloaded file from Sotkanet: its regions ({@code /regions}), an indicator's metadata
	 * ({@code /indicators/{id}}) or data rows ({@code /json}), told apart by their shape. Data rows
	 * need their indicator's metadata imported before.
	 */
	public Report fromFile(String fileName, byte[] document) {
		String source = "file " + (fileName == null ? "" : fileName);
		try {
			return switch (SotkanetFormat.kindOf(document)) {
				case REGIONS -> write(source, List.of(), SotkanetFormat.regions(document), List.of());
				case INDICATOR -> write(source, List.of(SotkanetFormat.indicator(document)), List.of(), List.of());
				case DATA -> write(source, List.of(), List.of(), SotkanetFormat.rows(document));
			};
		}
		catch (ImportRefused e) {
			return refused(source, e);
		}
	}

	/** Imports a set of Sotkanet's documents together — regions, indicators' metadata and data rows — as one import. */
	public Report fromDocuments(String source, byte[] regions, List<byte[]> indicators, List<byte[]> data) {
		try {
			List<SotkanetFormat.Row> rows = new ArrayList<>();
			data.forEach(d -> rows.addAll(SotkanetFormat.rows(d)));
			return write(source, indicators.stream().map(SotkanetFormat::indicator).toList(), SotkanetFormat.regions(regions), rows);
		}
		catch (ImportRefused e) {
			return refused(source, e);
		}
	}

	/** Moves on with every import that wrote something: what a view made from the values is kept under. */
	public long version() {
		return jdbc.sql("select count(*) from insight.indicator_import where outcome = 'IMPORTED' and (added > 0 or changed > 0)").query(Long.class).single();
	}

	/** The latest imports, newest first. */
	public List<Recorded> latest(int limit) {
		return jdbc.sql("select * from insight.indicator_import order by at desc limit ?").param(limit)
			.query((rs, n) -> new Recorded(rs.getTimestamp("at").toInstant(), rs.getString("source"), Report.Outcome.valueOf(rs.getString("outcome")),
					rs.getInt("added"), rs.getInt("changed"), rs.getInt("unchanged"), rs.getString("message")))
			.list();
	}

	/** An import as it was recorded. */
	public record Recorded(Instant at, String source, Report.Outcome outcome, int added, int changed, int unchanged, String message) {
	}

	private Report write(String source, List<SotkanetFormat.Indicator> metadata, List<SotkanetFormat.Region> regions, List<SotkanetFormat.Row> rows) {
		try {
			return transaction.execute(status -> {
				Instant now = Instant.now(clock);
				metadata.forEach(i -> upsert(i, now));
				regions.forEach(this::upsert);
				List<Integer> unknown = rows.stream().map(SotkanetFormat.Row::indicator).distinct()
					.filter(id -> jdbc.sql("select count(*) from insight.indicator where id = ?").param(id).query(Integer.class).single() == 0)
					.toList();
				if (!unknown.isEmpty()) {
					throw new ImportRefused("indicators.error.unknownIndicator", unknown.getFirst());
				}
				int[] counts = values(rows);
				return record(source, new Report(Report.Outcome.IMPORTED, counts[0], counts[1], counts[2], null, List.of()));
			});
		}
		catch (ImportRefused e) {
			return refused(source, e);
		}
	}

	/** Writes the rows that are new or changed; returns {added, changed, unchanged}. */
	private int[] values(List<SotkanetFormat.Row> rows) {
		Map<String, SotkanetFormat.Row> existing = new HashMap<>();
		rows.stream().map(SotkanetFormat.Row::indicator).distinct().forEach(indicator -> jdbc.sql("select * from insight.indicator_value where indicator = ?")
			.param(indicator)
			.query((rs, n) -> new SotkanetFormat.Row(rs.getInt("indicator"), rs.getInt("region"), rs.getInt("year"), rs.getString("gender"),
					rs.getBigDecimal("value"), rs.getBigDecimal("abs_value")))
			.list()
			.forEach(r -> existing.put(key(r), r)));
		int added = 0;
		int changed = 0;
		int unchanged = 0;
		for (SotkanetFormat.Row row : rows) {
			SotkanetFormat.Row before = existing.get(key(row));
			if (before == null) {
				jdbc.sql("insert into insight.indicator_value (indicator, region, year, gender, value, abs_value) values (?, ?, ?, ?, ?, ?) on conflict do nothing")
					.params(row.indicator(), row.region(), row.year(), row.gender(), row.value(), row.absValue())
					.update();
				existing.put(key(row), row);
				added++;
			}
			else if (same(before, row)) {
				unchanged++;
			}
			else {
				jdbc.sql("update insight.indicator_value set value = ?, abs_value = ? where indicator = ? and region = ? and year = ? and gender = ?")
					.params(row.value(), row.absValue(), row.indicator(), row.region(), row.year(), row.gender())
					.update();
				existing.put(key(row), row);
				changed++;
			}
		}
		return new int[] { added, changed, unchanged };
	}

	private void upsert(SotkanetFormat.Indicator i, Instant at) {
		jdbc.sql("""
				insert into insight.indicator as x (id, title_fi, title_sv, title_en, description_fi, description_sv, description_en, value_type, value_type_title,
				  decimals, producer, data_updated, range_start, range_end, imported_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				on conflict (id) do update set title_fi = excluded.title_fi, title_sv = excluded.title_sv, title_en = excluded.title_en,
				  description_fi = excluded.description_fi, description_sv = excluded.description_sv, description_en = excluded.description_en,
				  value_type = excluded.value_type, value_type_title = excluded.value_type_title, decimals = excluded.decimals, producer = excluded.producer,
				  data_updated = excluded.data_updated, range_start = excluded.range_start, range_end = excluded.range_end, imported_at = excluded.imported_at
				""")
			.params(i.id(), i.titleFi(), i.titleSv(), i.titleEn(), i.descriptionFi(), i.descriptionSv(), i.descriptionEn(), i.valueType(), i.valueTypeTitle(),
					i.decimals(), i.producer(), i.dataUpdated() == null ? null : Date.valueOf(i.dataUpdated()), i.rangeStart(), i.rangeEnd(), Timestamp.from(at))
			.update();
	}

	private void upsert(SotkanetFormat.Region r) {
		jdbc.sql("""
				insert into insight.indicator_region (id, code, category, title_fi, title_sv, title_en) values (?, ?, ?, ?, ?, ?)
				on conflict (id) do update set code = excluded.code, category = excluded.category, title_fi = excluded.title_fi, title_sv = excluded.title_sv,
				  title_en = excluded.title_en
				""")
			.params(r.id(), r.code(), r.category(), r.titleFi(), r.titleSv(), r.titleEn())
			.update();
	}

	private Report refused(String source, ImportRefused e) {
		return record(source, new Report(Report.Outcome.REFUSED, 0, 0, 0, e.messageKey(), List.of(e.arguments())));
	}

	private Report record(String source, Report report) {
		jdbc.sql("insert into insight.indicator_import (id, at, source, outcome, added, changed, unchanged, message) values (?, ?, ?, ?, ?, ?, ?, ?)")
			.params(UUID.randomUUID(), Timestamp.from(Instant.now(clock)), source, report.outcome().name(), report.added(), report.changed(), report.unchanged(),
					report.messageKey() == null ? null : report.messageKey() + " " + report.arguments())
			.update();
		return report;
	}

	private static String key(SotkanetFormat.Row r) {
		return r.indicator() + "/" + r.region() + "/" + r.year() + "/" + r.gender();
	}

	private static boolean same(SotkanetFormat.Row a, SotkanetFormat.Row b) {
		return equal(a.value(), b.value()) && equal(a.absValue(), b.absValue());
	}

	private static boolean equal(BigDecimal a, BigDecimal b) {
		return Objects.equals(a, b) || (a != null && b != null && a.compareTo(b) == 0);
	}
}
