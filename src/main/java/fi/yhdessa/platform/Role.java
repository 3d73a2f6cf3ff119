package fi.yhdessa.platform;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/** The user groups of the platform; each account has one or more. Message key: {@code role.NAME}. */
public enum Role {

	/** Users, roles, organisations and retention. */
	ADMINISTRATOR,
	/** Family centre coordinator or service manager: the network, meeting places, capacity. */
	COORDINATOR,
	/** Steering group, welfare coordinator, leadership: indicators, costs, effectiveness. */
	LEADERSHIP,
	/** Guidance and counselling: answers contacts, triages, routes. */
	GUIDANCE_WORKER,
	/** Responsible worker, social worker or family worker in county services. */
	RESPONSIBLE_WORKER,
	/** Child welfare intake: notifications and their statutory clock. */
	CHILD_WELFARE_WORKER,
	/** Professional in universal services: child health clinic, early childhood education, school. */
	UNIVERSAL_SERVICES_PROFESSIONAL,
	/** NGO or parish worker. */
	PARTNER_WORKER,
	/** Keeps one organisation's services, places and activities up to date. */
	SERVICE_EDITOR,
	/** Leads a team of workers: sees the cases of the unit's workers, reassigns them, reviews break-glass use. */
	SUPERVISOR,
	/** Data protection officer or auditor: searches the access log and verifies its chain; no client data beyond it. */
	AUDITOR,
	/** Parent, guardian or young person. */
	RESIDENT;

	public String authority() {
		return "ROLE_" + name();
	}

	public boolean isStaff() {
		return this != RESIDENT;
	}

	public String messageKey() {
		return "role." + name();
	}

	public static Set<Role> staff() {
		return Arrays.stream(values()).filter(Role::isStaff).collect(Collectors.toUnmodifiableSet());
	}

	public static String[] staffNames() {
		return Arrays.stream(values()).filter(Role::isStaff).map(Role::name).toArray(String[]::new);
	}
}
