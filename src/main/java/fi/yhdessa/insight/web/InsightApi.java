package fi.yhdessa.insight.web;

import fi.yhdessa.insight.costs.Savings;
import fi.yhdessa.insight.costs.Scenarios;
import fi.yhdessa.insight.figures.FigureTable;
import fi.yhdessa.platform.ProblemTexts;
import fi.yhdessa.platform.SignedInUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Insight's figures for integrations, as the dashboard shows them: the same filters, the same
 * tables, the same hidden counts (a hidden figure is {@code null} with {@code "suppressed": true}),
 * as JSON or CSV. Leadership, coordinators and supervisors only, each within their scope; everyone
 * else is refused.
 */
@RestController
@RequestMapping("/api/v1/insight")
@PreAuthorize(InsightAccess.ROLES)
@Tag(name = "Insight", description = "Figures of the service flow, costs, effectiveness and savings scenarios; counts under five hidden.")
class InsightApi {

	private final Dashboard dashboard;
	private final CsvTables csv;
	private final Scenarios scenarios;
	private final InsightAccess access;
	private final MessageSource messages;
	private final ProblemTexts texts;

	InsightApi(Dashboard dashboard, CsvTables csv, Scenarios scenarios, InsightAccess access, MessageSource messages, ProblemTexts texts) {
		this.dashboard = dashboard;
		this.csv = csv;
		this.scenarios = scenarios;
		this.access = access;
		this.messages = messages;
		this.texts = texts;
	}

	/** The figures asked for: the period and filters as applied (within the caller's scope) and the tables. */
	record Answer(String section, String from, String to, String compareFrom, String compareTo, Map<String, Object> scope, List<Table> tables) {
	}

	record Table(String id, String title, String note, List<FigureTable.Column> columns, List<FigureTable.Line> lines, FigureTable.Line total) {
	}

	@GetMapping("/service-flow")
	@Operation(summary = "Service-flow figures", description = "Contacts, statutory clocks, waiting, hand-offs and bounces, channels, tiers; with compareFrom and compareTo also two periods side by side.")
	ResponseEntity<?> serviceFlow(@AuthenticationPrincipal SignedInUser user, @ParameterObject InsightForm form, HttpServletRequest request) {
		return json(user, Dashboard.Section.SERVICE_FLOW, form, request);
	}

	@GetMapping(value = "/service-flow.csv", produces = "text/csv")
	@Operation(summary = "Service-flow figures as CSV", description = "One row per figure: table, line, column and value; <5 where hidden.")
	ResponseEntity<?> serviceFlowCsv(@AuthenticationPrincipal SignedInUser user, @ParameterObject InsightForm form, HttpServletRequest request) {
		return csv(user, Dashboard.Section.SERVICE_FLOW, form, request);
	}

	@GetMapping("/costs")
	@Operation(summary = "Costs of the service flow at the unit costs kept by the analyst")
	ResponseEntity<?> costs(@AuthenticationPrincipal SignedInUser user, @ParameterObject InsightForm form, HttpServletRequest request) {
		return json(user, Dashboard.Section.COSTS, form, request);
	}

	@GetMapping(value = "/costs.csv", produces = "text/csv")
	@Operation(summary = "Costs as CSV")
	ResponseEntity<?> costsCsv(@AuthenticationPrincipal SignedInUser user, @ParameterObject InsightForm form, HttpServletRequest request) {
		return csv(user, Dashboard.Section.COSTS, form, request);
	}

	@GetMapping("/effectiveness")
	@Operation(summary = "Effectiveness: goal attainment and the family's rating of everyday life, before and after")
	ResponseEntity<?> effectiveness(@AuthenticationPrincipal SignedInUser user, @ParameterObject InsightForm form, HttpServletRequest request) {
		return json(user, Dashboard.Section.EFFECTIVENESS, form, request);
	}

	@GetMapping(value = "/effectiveness.csv", produces = "text/csv")
	@Operation(summary = "Effectiveness as CSV")
	ResponseEntity<?> effectivenessCsv(@AuthenticationPrincipal SignedInUser user, @ParameterObject InsightForm form, HttpServletRequest request) {
		return csv(user, Dashboard.Section.EFFECTIVENESS, form, request);
	}

	/** A saved scenario with what it gives. */
	record ScenarioAnswer(UUID id, String name, Savings.Assumptions assumptions, Savings.Result result, String createdBy) {

		static ScenarioAnswer of(Scenarios.Scenario s) {
			return new ScenarioAnswer(s.id(), s.name(), s.assumptions(), s.result(), s.createdBy());
		}
	}

	@GetMapping("/scenarios")
	@Operation(summary = "Saved savings scenarios, the newest first, each with its result year by year")
	List<ScenarioAnswer> scenarios(@AuthenticationPrincipal SignedInUser user) {
		access.scope(user);
		return scenarios.all().stream().map(ScenarioAnswer::of).toList();
	}

	/** A scenario to save: its name and every assumption, as numbers. */
	record NewScenario(String name, Savings.Assumptions assumptions) {
	}

	@PostMapping("/scenarios")
	@Operation(summary = "Save a savings scenario (leadership only)")
	ResponseEntity<?> save(@AuthenticationPrincipal SignedInUser user, @RequestBody NewScenario scenario, HttpServletRequest request) {
		access.requireAnalyst(user);
		ScenarioForm form = ScenarioForm.of(scenario.name(), scenario.assumptions());
		Errors errors = new BeanPropertyBindingResult(form, "scenario");
		String name = form.name(errors);
		Savings.Assumptions assumptions = form.assumptions(errors);
		if (errors.hasErrors()) {
			return problem(HttpStatus.UNPROCESSABLE_CONTENT, errors, texts.languageOf(request));
		}
		Scenarios.Scenario saved = scenarios.save(Objects.requireNonNull(name), assumptions, user.getUsername());
		return ResponseEntity.created(URI.create("/api/v1/insight/scenarios/" + saved.id())).body(ScenarioAnswer.of(saved));
	}

	private ResponseEntity<?> json(SignedInUser user, Dashboard.Section section, InsightForm form, HttpServletRequest request) {
		Locale language = texts.languageOf(request);
		BindingResult errors = new BeanPropertyBindingResult(form, "filters");
		Dashboard.Figures figures = dashboard.figures(user, section, form, errors, language);
		if (errors.hasErrors()) {
			return problem(HttpStatus.BAD_REQUEST, errors, language);
		}
		return ResponseEntity.ok(new Answer(section.path(), figures.filter().from().toString(), figures.filter().to().toString(),
				figures.compared() == null ? null : figures.compared().from().toString(), figures.compared() == null ? null : figures.compared().to().toString(),
				scope(figures.scope()), figures.tables().stream().map(t -> new Table(t.id(), t.title(), t.note(), t.columns(), t.lines(), t.total())).toList()));
	}

	private ResponseEntity<?> csv(SignedInUser user, Dashboard.Section section, InsightForm form, HttpServletRequest request) {
		Locale language = texts.languageOf(request);
		BindingResult errors = new BeanPropertyBindingResult(form, "filters");
		Dashboard.Figures figures = dashboard.figures(user, section, form, errors, language);
		if (errors.hasErrors()) {
			return problem(HttpStatus.BAD_REQUEST, errors, language);
		}
		List<String> header = List.of("table", "title", "line", "line_label", "column", "column_label", "measure", "value");
		return CsvTables.download(csv.tidy(figures.tables(), header, language), section.path() + ".csv");
	}

	private static Map<String, Object> scope(Scope scope) {
		Map<String, Object> limits = new LinkedHashMap<>();
		limits.put("area", scope.area());
		limits.put("unit", scope.unitId());
		return limits;
	}

	/** A refusal with each field's error in the caller's language. */
	private ResponseEntity<ProblemDetail> problem(HttpStatus status, Errors errors, Locale language) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, messages.getMessage("insight.error.request", null, language));
		problem.setProperty("errors", errors.getAllErrors().stream().map(error -> Map.of("field",
				error instanceof FieldError field ? field.getField() : "", "message",
				messages.getMessage(error, language))).toList());
		return ResponseEntity.status(status).body(problem);
	}
}
