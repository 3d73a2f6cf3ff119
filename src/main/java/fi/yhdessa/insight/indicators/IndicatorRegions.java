package fi.yhdessa.insight.indicators;

import fi.yhdessa.network.Area;
import fi.yhdessa.network.Municipality;
import fi.yhdessa.network.Network;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Which of Sotkanet's regions are the county's own: its municipalities by their codes, and the
 * wellbeing services county by the configured code — or, where none is configured, the only county
 * in the data.
 */
@Component
public class IndicatorRegions {

	private final Network network;
	private final String countyCode;

	IndicatorRegions(Network network, @Value("${yhdessa.insight.sotkanet-county:}") String countyCode) {
		this.network = network;
		this.countyCode = countyCode;
	}

	/** The codes of the county's municipalities, or of one area's. */
	public Set<String> municipalitiesOf(String areaCode) {
		if (areaCode == null || areaCode.isBlank()) {
			return network.municipalities().stream().map(Municipality::code).collect(Collectors.toSet());
		}
		return network.areas().stream().filter(a -> a.code().equals(areaCode)).findFirst().map(Area::municipalities).map(Set::copyOf).orElse(Set.of());
	}

	/** The county's region code in Sotkanet as configured, or {@code null}. */
	public String configuredCounty() {
		return countyCode.isBlank() ? null : countyCode;
	}

	public String countyCode(List<Indicators.Value> values) {
		if (!countyCode.isBlank()) {
			return countyCode;
		}
		List<String> counties = values.stream().filter(v -> "HYVINVOINTIALUE".equals(v.category())).map(Indicators.Value::regionCode).distinct().toList();
		return counties.size() == 1 ? counties.getFirst() : null;
	}
}
