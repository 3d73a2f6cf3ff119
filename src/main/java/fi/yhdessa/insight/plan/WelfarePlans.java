package fi.yhdessa.insight.plan;

import fi.yhdessa.platform.LocalizedText;
import fi.yhdessa.platform.SignedInUser;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The welfare plans: read by everyone in the network (staff), the adopted ones by anyone; kept by
 * the steering group, a priority's measures also by the group that owns it.
 */
@Service
public class WelfarePlans {

	private final WelfarePlanStore store;
	private final PlanEditors editors;

	WelfarePlans(WelfarePlanStore store, PlanEditors editors) {
		this.store = store;
		this.editors = editors;
	}

	/** The plans a person sees: all for staff, the adopted ones for residents and the public ({@code null}). */
	@Transactional(readOnly = true)
	public List<WelfarePlan> visibleTo(SignedInUser user) {
		return store.all().stream().filter(p -> p.published() || (user != null && user.isStaff())).toList();
	}

	@Transactional(readOnly = true)
	public Optional<WelfarePlan> visible(SignedInUser user, UUID id) {
		return store.find(id).filter(p -> p.published() || (user != null && user.isStaff()));
	}

	/** The adopted plans, newest period first, for the public. */
	@Transactional(readOnly = true)
	public List<WelfarePlan> published() {
		return visibleTo(null);
	}

	@Transactional
	public WelfarePlan create(SignedInUser user, LocalizedText title, int firstYear, int lastYear, String areaCode) {
		editors.requirePlans(user);
		WelfarePlan plan = new WelfarePlan(UUID.randomUUID(), title, firstYear, lastYear, areaCode, WelfarePlan.State.DRAFT, List.of(), 0);
		store.insert(plan);
		return plan;
	}

	@Transactional
	public WelfarePlan adopt(SignedInUser user, UUID planId) {
		editors.requirePlans(user);
		WelfarePlan adopted = plan(planId).adopt();
		store.updateState(adopted);
		return adopted;
	}

	@Transactional
	public Priority addPriority(SignedInUser user, UUID planId, LocalizedText title, LocalizedText description, UUID ownerGroup) {
		editors.requirePlans(user);
		plan(planId);
		Priority priority = new Priority(UUID.randomUUID(), planId, 0, title, description, ownerGroup, List.of(), List.of(), 0);
		store.insert(priority);
		return priority;
	}

	/** Renames the priority, rewrites its description or gives it to another group; {@code version} is the one the editor saw. */
	@Transactional
	public void editPriority(SignedInUser user, UUID planId, UUID priorityId, int version, LocalizedText title, LocalizedText description, UUID ownerGroup) {
		editors.requirePlans(user);
		Priority p = priority(planId, priorityId);
		store.update(new Priority(p.id(), planId, p.position(), title, description, ownerGroup, p.indicators(), p.measures(), version));
	}

	/** Adds the indicator to the priority, or changes its baseline, target and direction. */
	@Transactional
	public void setIndicator(SignedInUser user, UUID planId, UUID priorityId, PlanIndicator indicator) {
		editors.requirePlans(user);
		priority(planId, priorityId);
		store.put(priorityId, indicator);
	}

	@Transactional
	public boolean removeIndicator(SignedInUser user, UUID planId, UUID priorityId, int indicator) {
		editors.requirePlans(user);
		priority(planId, priorityId);
		return store.removeIndicator(priorityId, indicator);
	}

	@Transactional
	public Measure addMeasure(SignedInUser user, UUID planId, UUID priorityId, String description, String responsible, LocalDate dueOn, List<UUID> agreements,
			String services) {
		editors.requireMeasures(user, priority(planId, priorityId));
		Measure measure = new Measure(UUID.randomUUID(), priorityId, description, responsible, dueOn, Measure.Status.PLANNED, agreements, services, 0);
		store.insert(measure);
		return measure;
	}

	@Transactional
	public Measure moveMeasure(SignedInUser user, UUID planId, UUID measureId, int version, Measure.Status status) {
		Measure measure = store.measure(measureId).orElseThrow(() -> new PlanRefused("welfarePlan.error.notFound"));
		editors.requireMeasures(user, priority(planId, measure.priorityId()));
		if (measure.version() != version) {
			throw new PlanRefused("welfarePlan.error.stale");
		}
		Measure moved = measure.moveTo(status);
		store.updateStatus(moved);
		return moved;
	}

	/** Writes a whole plan as it is given, with its priorities, indicators and measures: the demo's plan, or one carried over from elsewhere. */
	@Transactional
	public void write(WelfarePlan plan) {
		store.insert(new WelfarePlan(plan.id(), plan.title(), plan.firstYear(), plan.lastYear(), plan.areaCode(), WelfarePlan.State.DRAFT, List.of(), 0));
		for (Priority priority : plan.priorities()) {
			store.insert(priority);
			priority.indicators().forEach(i -> store.put(priority.id(), i));
			priority.measures().forEach(store::insert);
		}
		if (plan.published()) {
			store.updateState(new WelfarePlan(plan.id(), plan.title(), plan.firstYear(), plan.lastYear(), plan.areaCode(), WelfarePlan.State.ADOPTED,
					plan.priorities(), 0));
		}
	}

	private WelfarePlan plan(UUID id) {
		return store.find(id).orElseThrow(() -> new PlanRefused("welfarePlan.error.notFound"));
	}

	private Priority priority(UUID planId, UUID priorityId) {
		return plan(planId).priorities().stream().filter(p -> p.id().equals(priorityId)).findFirst()
			.orElseThrow(() -> new PlanRefused("welfarePlan.error.notFound"));
	}

	/** For the pages: whether the user keeps the whole plan, and whether a priority's measures. */
	public boolean keepsPlans(SignedInUser user) {
		return editors.keepsPlans(user);
	}

	public boolean keepsMeasuresOf(SignedInUser user, Priority priority) {
		return editors.keepsMeasuresOf(user, priority);
	}

}
