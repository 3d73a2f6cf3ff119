package fi.yhdessa.insight.web;

import fi.yhdessa.insight.costs.SettingsVersion;
import fi.yhdessa.insight.figures.FigureTable;
import fi.yhdessa.insight.store.FigureCache;
import fi.yhdessa.insight.store.FigureFilter;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The tables last computed for each question the dashboard was asked, given again while the figures
 * in memory and the cost settings they came from stand, and on the day they were computed (the open
 * statutory clocks are counted against today). Many people open the same views; a question is
 * computed once per change of the figures, which come in every second or so at their busiest.
 * {@code yhdessa.insight.answer-cache-size=0} turns it off.
 */
@Component
class AnswerCache {

	/** What was asked: the filters are those within the asker's scope, so answers are shared only by those who may see them. */
	record Question(Dashboard.Section section, FigureFilter filter, FigureFilter compared, Locale locale, LocalDate today) {
	}

	private record Kept(long figures, long settings, List<FigureTable> tables) {
	}

	private final FigureCache figures;
	private final SettingsVersion settings;
	private final int size;
	private final Map<Question, Kept> entries;

	AnswerCache(FigureCache figures, SettingsVersion settings, @Value("${yhdessa.insight.answer-cache-size:500}") int size) {
		this.figures = figures;
		this.settings = settings;
		this.size = size;
		this.entries = new LinkedHashMap<>(16, 0.75f, true) {
			@Override
			protected boolean removeEldestEntry(Map.Entry<Question, Kept> eldest) {
				return size() > AnswerCache.this.size;
			}
		};
	}

	List<FigureTable> get(Question question, Supplier<List<FigureTable>> compute) {
		if (size == 0) {
			return compute.get();
		}
		// Read before computing: an answer is never kept under a newer version than the figures it was computed from.
		long figuresVersion = figures.version();
		long settingsVersion = settings.current();
		Kept kept;
		synchronized (entries) {
			kept = entries.get(question);
		}
		if (kept != null && kept.figures() == figuresVersion && kept.settings() == settingsVersion) {
			return kept.tables();
		}
		List<FigureTable> tables = List.copyOf(compute.get());
		synchronized (entries) {
			entries.put(question, new Kept(figuresVersion, settingsVersion, tables));
		}
		return tables;
	}
}
