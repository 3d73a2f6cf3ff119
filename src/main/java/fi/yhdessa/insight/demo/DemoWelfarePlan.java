package fi.yhdessa.insight.demo;

import fi.yhdessa.insight.indicators.IndicatorRegions;
import fi.yhdessa.insight.indicators.Indicators;
import fi.yhdessa.insight.plan.Direction;
import fi.yhdessa.insight.plan.Measure;
import fi.yhdessa.insight.plan.PlanIndicator;
import fi.yhdessa.insight.plan.Priority;
import fi.yhdessa.insight.plan.WelfarePlan;
import fi.yhdessa.insight.plan.WelfarePlans;
import fi.yhdessa.network.Network;
import fi.yhdessa.platform.LocalizedText;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * With the demo profile, the demo county's adopted welfare plan for the current four-year period:
 * mental wellbeing and substance use prevention, owned by the steering group and the youth
 * wellbeing group, with baselines from the demo indicators and measures, some done, one late.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class DemoWelfarePlan implements ApplicationRunner {

	private final WelfarePlans plans;
	private final Indicators indicators;
	private final IndicatorRegions regions;
	private final Network network;
	private final Clock clock;
	private final boolean enabled;

	DemoWelfarePlan(WelfarePlans plans, Indicators indicators, IndicatorRegions regions, Network network, Clock clock,
			@Value("${yhdessa.demo.indicators:false}") boolean enabled) {
		this.plans = plans;
		this.indicators = indicators;
		this.regions = regions;
		this.network = network;
		this.clock = clock;
		this.enabled = enabled;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!enabled || !plans.published().isEmpty() || indicators.all().isEmpty()) {
			return;
		}
		LocalDate today = LocalDate.now(clock);
		int first = today.getYear() - (today.getYear() - 2026) % 4;
		UUID steering = group("STEERING");
		UUID youth = group("YOUTH_WELLBEING");
		UUID plan = UUID.randomUUID();
		UUID mental = UUID.randomUUID();
		UUID substance = UUID.randomUUID();
		List<UUID> agreements = network.agreements().stream().filter(a -> "IN_FORCE".equals(a.state())).map(Network.AgreementOutline::id).limit(2).toList();
		List<Priority> priorities = new ArrayList<>();
		priorities.add(new Priority(mental, plan, 1, LocalizedText.of("Lasten ja nuorten mielen hyvinvointi", "Barns och ungas psykiska välbefinnande",
				"Mental wellbeing of children and young people"),
				LocalizedText.of("Yksinäisyys ja ahdistuneisuus vähenevät; apua saa matalalla kynnyksellä perhekeskuksista ja kouluista.",
						"Ensamheten och ångesten minskar; hjälp finns med låg tröskel på familjecentralerna och i skolorna.",
						"Loneliness and anxiety decrease; help is at hand without a threshold in family centres and schools."),
				steering, List.of(planned(9004, Direction.DOWN, first + 3), planned(9005, Direction.DOWN, first + 3)),
				List.of(measure(mental, "Ryhmätoimintaa yksinäisyyttä kokeville nuorille jokaisessa kunnassa", "Perhekeskukset ja järjestöt", today.minusMonths(2),
						Measure.Status.DONE, agreements),
						measure(mental, "Koulujen matalan kynnyksen keskusteluapu kaikille 7.–9. luokille", "Opiskeluhuolto", today.minusWeeks(3),
								Measure.Status.ONGOING, List.of()),
						measure(mental, "Vanhempainryhmät nuorten ahdistuksen tunnistamiseen", "Kasvatus- ja perheneuvonta", today.plusMonths(6),
								Measure.Status.PLANNED, List.of())),
				0));
		priorities.add(new Priority(substance, plan, 2, LocalizedText.of("Päihteiden käytön ehkäisy", "Förebyggande av missbruk", "Substance use prevention"),
				LocalizedText.of("Nuorten humalajuominen vähenee; ehkäisevä päihdetyö on osa koulujen ja nuorisotyön arkea.", null, null), youth,
				List.of(planned(9006, Direction.DOWN, first + 3)),
				List.of(measure(substance, "Ehkäisevän päihdetyön viikko kaikissa yläkouluissa", "Nuorisopalvelut ja koulut", today.plusMonths(3),
						Measure.Status.PLANNED, List.of())),
				0));
		plans.write(new WelfarePlan(plan, LocalizedText.of("Lasten ja nuorten hyvinvointisuunnitelma " + first + "–" + (first + 3),
				"Plan för barns och ungas välfärd " + first + "–" + (first + 3), "Welfare plan for children and young people " + first + "–" + (first + 3)),
				first, first + 3, null, WelfarePlan.State.ADOPTED, priorities, 0));
	}

	private UUID group(String kind) {
		return network.groups().stream().filter(g -> g.kind().equals(kind)).findFirst().map(Network.GroupOutline::id).orElse(null);
	}

	/** The indicator with the county's latest value as its baseline and a tenth better as its target. */
	private PlanIndicator planned(int indicator, Direction direction, int targetYear) {
		List<Indicators.Value> values = indicators.values(indicator, "HYVINVOINTIALUE", null);
		String county = regions.countyCode(values);
		Indicators.Value latest = values.stream().filter(v -> v.regionCode().equals(county) && "total".equals(v.gender()) && v.value() != null)
			.max(Comparator.comparingInt(Indicators.Value::year)).orElse(null);
		BigDecimal baseline = latest == null ? BigDecimal.TEN : latest.value();
		BigDecimal target = baseline.multiply(new BigDecimal(direction == Direction.DOWN ? "0.9" : "1.1")).setScale(1, RoundingMode.HALF_UP);
		return new PlanIndicator(indicator, baseline, latest == null ? targetYear - 4 : latest.year(), target, targetYear, direction);
	}

	private static Measure measure(UUID priority, String description, String responsible, LocalDate due, Measure.Status status, List<UUID> agreements) {
		return new Measure(UUID.randomUUID(), priority, description, responsible, due, status, agreements, null, 0);
	}
}
