package fi.yhdessa.insight.web;

import fi.yhdessa.insight.indicators.Polarisation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The tables of an indicator's polarisation written as HTML once for as long as the view stands
 * (Polarisation gives the same view until an import or the platform's figures change it): many
 * analysts open the same indicators, and writing a few hundred cells is most of the page's work.
 */
@Component
class PolarisationHtml {

	private static final int KEPT = 200;

	private record Key(int indicator, String area, Locale locale, String contextPath) {
	}

	private record Written(Polarisation.View view, String html) {
	}

	private final ITemplateEngine templates;
	private final CellFormat cells;
	private final MessageSource messages;
	private final Map<Key, Written> kept = new LinkedHashMap<>(16, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<Key, Written> eldest) {
			return size() > KEPT;
		}
	};

	PolarisationHtml(ITemplateEngine templates, CellFormat cells, MessageSource messages) {
		this.templates = templates;
		this.cells = cells;
		this.messages = messages;
	}

	String of(Polarisation.View view, String area, Locale locale, String contextPath) {
		Key key = new Key(view.indicator().id(), area == null ? "" : area, locale, contextPath);
		Written found;
		synchronized (kept) {
			found = kept.get(key);
		}
		if (found != null && found.view() == view) {
			return found.html();
		}
		String query = area == null || area.isBlank() ? "" : "?area=" + area;
		String hidden = messages.getMessage("insight.hiddenCount", null, locale);
		List<ShownTable> tables = view.tables().stream().map(t -> ShownTable.of(t, lineHeading(t.id(), locale), hidden, cells, locale)).toList();
		Context context = new Context(locale);
		context.setVariable("tables", tables);
		context.setVariable("csvLinks", tables.stream()
			.map(t -> contextPath + "/insight/indicators/" + view.indicator().id() + "/" + t.table().id() + ".csv" + query).toList());
		String html = templates.process("insight/shown-tables", context);
		synchronized (kept) {
			kept.put(key, new Written(view, html));
		}
		return html;
	}

	String lineHeading(String table, Locale locale) {
		return messages.getMessage("trend".equals(table) ? "insight.polarisation.year" : "insight.polarisation.municipality", null, locale);
	}
}
