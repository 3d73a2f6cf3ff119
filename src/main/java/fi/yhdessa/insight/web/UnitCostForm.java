package fi.yhdessa.insight.web;

import fi.yhdessa.insight.costs.UnitCost;
import java.math.BigDecimal;
import java.util.Set;
import org.springframework.validation.Errors;

/** A unit cost as the analyst types it: the kind it prices, on what basis, the amount, and its source and year when published. */
public class UnitCostForm {

	private String item;
	private String basis;
	private String amount;
	private String source;
	private String year;
	private boolean published;

	/** The validated cost parts, or null with the errors recorded by field. */
	record Valid(String item, UnitCost.Basis basis, BigDecimal amount, String source, Integer year, boolean published) {
	}

	Valid valid(Set<String> kinds, Errors errors) {
		if (item == null || !kinds.contains(item)) {
			errors.rejectValue("item", "insight.error.choice");
		}
		UnitCost.Basis b = null;
		try {
			b = UnitCost.Basis.valueOf(basis == null ? "" : basis);
		}
		catch (IllegalArgumentException e) {
			errors.rejectValue("basis", "insight.error.choice");
		}
		BigDecimal euros = null;
		try {
			euros = amount == null || amount.isBlank() ? null : new BigDecimal(amount.strip().replace(" ", "").replace(',', '.'));
		}
		catch (NumberFormatException e) {
			// reported below
		}
		if (euros == null || euros.signum() < 0 || euros.compareTo(BigDecimal.valueOf(10_000_000)) > 0 || euros.scale() > 2) {
			errors.rejectValue("amount", "insight.cost.error.amount");
		}
		Integer y = null;
		if (year != null && !year.isBlank()) {
			try {
				y = Integer.valueOf(year.strip());
			}
			catch (NumberFormatException e) {
				y = -1;
			}
			if (y < 1990 || y > 2100) {
				errors.rejectValue("year", "insight.cost.error.year");
			}
		}
		if (published && (source == null || source.isBlank() || y == null)) {
			errors.rejectValue("source", "insight.cost.error.source");
		}
		if (source != null && source.length() > 1000) {
			errors.rejectValue("source", "insight.cost.error.sourceLength");
		}
		return errors.hasErrors() ? null : new Valid(item, b, euros, source, y, published);
	}

	public String getItem() {
		return item;
	}

	public void setItem(String item) {
		this.item = item;
	}

	public String getBasis() {
		return basis;
	}

	public void setBasis(String basis) {
		this.basis = basis;
	}

	public String getAmount() {
		return amount;
	}

	public void setAmount(String amount) {
		this.amount = amount;
	}

	public String getSource() {
		return source;
	}

	public void setSource(String source) {
		this.source = source;
	}

	public String getYear() {
		return year;
	}

	public void setYear(String year) {
		this.year = year;
	}

	public boolean isPublished() {
		return published;
	}

	public void setPublished(boolean published) {
		this.published = published;
	}
}
