package fi.yhdessa.directory.editing;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import java.util.List;
import org.springframework.beans.InvalidPropertyException;
import org.springframework.beans.MutablePropertyValues;
import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;
import org.springframework.web.bind.WebDataBinder;

/**
 * The largest form, a service's editing form, bound from fields as a browser or anyone else may
 * send them: known and unknown names, nested rows at any index, any text. Binding and Bean
 * Validation may only record errors beside the fields.
 */
final class ServiceFormFuzzer {

	private static final List<String> FIELDS = List.of("kind", "nameFi", "nameSv", "nameEn", "descriptionFi", "descriptionSv", "descriptionEn",
			"universal", "minAge", "maxAge", "fees", "email", "phone", "url", "version", "organisation", "hours[0].place", "hours[0].day",
			"hours[0].opens", "hours[0].closes", "closures[0].place", "closures[0].date", "_universal", "!universal");
	private static final LocalValidatorFactoryBean VALIDATOR = new LocalValidatorFactoryBean();

	static {
		VALIDATOR.afterPropertiesSet();
	}

	private ServiceFormFuzzer() {
	}

	public static void fuzzerTestOneInput(FuzzedDataProvider data) {
		MutablePropertyValues values = new MutablePropertyValues();
		int count = data.consumeInt(0, 12);
		for (int i = 0; i < count; i++) {
			String name = data.consumeBoolean() ? data.pickValue(FIELDS) : data.consumeString(40);
			if (data.consumeBoolean()) {
				name = name.replace("[0]", "[" + data.consumeInt(-2, 100_000) + "]");
			}
			values.add(name, data.consumeBoolean() ? data.consumeString(300) : new String[] { data.consumeString(50), data.consumeString(50) });
		}
		WebDataBinder binder = new WebDataBinder(new ServiceForm(), "serviceForm");
		binder.setValidator(VALIDATOR);
		try {
			binder.bind(values);
		}
		catch (InvalidPropertyException noSuchRow) {
			// a row index beyond what binding grows a list to: the error page answers 400 (platform.ErrorPages)
			return;
		}
		binder.validate();
	}
}
