package fi.yhdessa.insight.indicators;

import fi.yhdessa.platform.OutsideApi;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Fetches documents of Sotkanet's REST API 1.1 ({@code yhdessa.insight.sotkanet-url}, by default
 * THL's own): the regions, an indicator's metadata, and its data for years and genders. A source
 * that does not answer, or answers with an error, is {@link OutsideApi.Unreachable}; a body larger than
 * {@link SotkanetFormat#MAX_BYTES} is refused without reading it all.
 */
@Component
class SotkanetClient {

	private final OutsideApi api;

	SotkanetClient(@Value("${yhdessa.insight.sotkanet-url:https://sotkanet.fi/rest}") String base) {
		this.api = new OutsideApi(base.endsWith("/") ? base.substring(0, base.length() - 1) : base);
	}

	byte[] regions() throws OutsideApi.Unreachable {
		return get("/1.1/regions");
	}

	byte[] indicator(int id) throws OutsideApi.Unreachable {
		return get("/1.1/indicators/" + id);
	}

	byte[] data(int indicator, List<Integer> years) throws OutsideApi.Unreachable {
		String yearParams = years.stream().map(y -> "years=" + y).collect(Collectors.joining("&"));
		return get("/1.1/json?indicator=" + indicator + "&" + yearParams + "&genders=male&genders=female&genders=total");
	}

	String base() {
		return api.base();
	}

	private byte[] get(String path) throws OutsideApi.Unreachable {
		try {
			return api.get(path, SotkanetFormat.MAX_BYTES);
		}
		catch (OutsideApi.TooLarge e) {
			throw new ImportRefused("indicators.error.tooLarge", e.limitMegabytes());
		}
	}
}
