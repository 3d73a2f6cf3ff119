package fi.yhdessa.network;

import fi.yhdessa.platform.LocalizedText;
import fi.yhdessa.platform.PageOf;
import fi.yhdessa.platform.PageRequest;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The regional network: its municipalities, organisations and units. */
@Service
public class Network {

	private final JdbcClient jdbc;

	Network(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional
	public void register(Municipality municipality) {
		jdbc.sql("insert into network.municipality (code, name_fi, name_sv, latitude, longitude) values (:code, :fi, :sv, :lat, :lon)")
			.param("code", municipality.code())
			.param("fi", municipality.nameFi())
			.param("sv", municipality.nameSv())
			.param("lat", municipality.latitude())
			.param("lon", municipality.longitude())
			.update();
	}

	@Transactional
	public void register(Organisation organisation) {
		jdbc.sql("""
				insert into network.organisation (id, kind, name_fi, name_sv, name_en, business_id, municipality_code, website)
				values (:id, :kind, coalesce(:fi, :sv, :en), :sv, :en, :businessId, :municipality, :website)
				""")
			.param("id", organisation.id().value())
			.param("kind", organisation.kind().name())
			.param("fi", organisation.name().fi())
			.param("sv", organisation.name().sv())
			.param("en", organisation.name().en())
			.param("businessId", organisation.businessId())
			.param("municipality", organisation.municipalityCode())
			.param("website", organisation.website())
			.update();
	}

	/**
	 * Adds an organisation met in imported data, or updates its name in that language and its web
	 * address; what kind of organisation it is stays as it was, {@link OrganisationKind#OTHER} for a new one.
	 */
	@Transactional
	public void importOrganisation(OrganisationId id, LocalizedText name, String website) {
		jdbc.sql("""
				insert into network.organisation as o (id, kind, name_fi, name_sv, name_en, website) values (:id, 'OTHER', :fi, :sv, :en, :website)
				on conflict (id) do update set name_fi = coalesce(:fi, o.name_fi), name_sv = coalesce(:sv, o.name_sv), name_en = coalesce(:en, o.name_en),
				  website = coalesce(:website, o.website)
				""")
			.param("id", id.value())
			.param("fi", name.fi())
			.param("sv", name.sv())
			.param("en", name.en())
			.param("website", website)
			.update();
	}

	@Transactional
	public void register(Unit unit) {
		withUnit(jdbc.sql("""
				insert into network.unit (id, organisation_id, kind, name_fi, name_sv, name_en, municipality_code, phone, email)
				values (:id, :organisation, :kind, coalesce(:fi, :sv, :en), :sv, :en, :municipality, :phone, :email)
				"""), unit).update();
	}

	private static JdbcClient.StatementSpec withUnit(JdbcClient.StatementSpec statement, Unit unit) {
		return statement
			.param("id", unit.id().value())
			.param("organisation", unit.organisationId().value())
			.param("kind", unit.kind().name())
			.param("fi", unit.name().fi())
			.param("sv", unit.name().sv())
			.param("en", unit.name().en())
			.param("municipality", unit.municipalityCode())
			.param("phone", unit.phone())
			.param("email", unit.email());
	}

	/** Adds a service area with its municipalities, which must be registered already. */
	@Transactional
	public void register(Area area) {
		jdbc.sql("insert into network.area (code, name_fi, name_sv, name_en) values (:code, :fi, :sv, :en)")
			.param("code", area.code())
			.param("fi", area.name().fi())
			.param("sv", area.name().sv())
			.param("en", area.name().en())
			.update();
		jdbc.sql("update network.municipality set area_code = :area where code = any(:codes)")
			.param("area", area.code())
			.param("codes", area.municipalities().toArray(String[]::new))
			.update();
	}

	/** The county's service areas with their municipalities, by name. */
	@Transactional(readOnly = true)
	public List<Area> areas() {
		return jdbc.sql("""
				select a.*, array(select m.code from network.municipality m where m.area_code = a.code order by m.code) as municipalities
				from network.area a order by a.name_fi
				""")
			.query((rs, n) -> new Area(rs.getString("code"), LocalizedText.of(rs.getString("name_fi"), rs.getString("name_sv"), rs.getString("name_en")),
					List.of((String[]) rs.getArray("municipalities").getArray())))
			.list();
	}

	/** Every unit of the network, by name: a few hundred in a county. */
	@Transactional(readOnly = true)
	public List<Unit> units() {
		return jdbc.sql("select * from network.unit order by name_fi, id").query(Network::unit).list();
	}

	@Transactional(readOnly = true)
	public List<Municipality> municipalities() {
		return jdbc.sql("select * from network.municipality order by name_fi")
			.query((rs, n) -> new Municipality(rs.getString("code"), rs.getString("name_fi"), rs.getString("name_sv"),
					rs.getDouble("latitude"), rs.getDouble("longitude")))
			.list();
	}

	@Transactional(readOnly = true)
	public Optional<Organisation> organisation(OrganisationId id) {
		return jdbc.sql("select * from network.organisation where id = :id").param("id", id.value()).query(Network::organisation).optional();
	}

	/** The organisation with a business ID (Y-tunnus), if the network has it. */
	@Transactional(readOnly = true)
	public Optional<Organisation> organisationWithBusinessId(String businessId) {
		return jdbc.sql("select * from network.organisation where business_id = :id order by created_at limit 1")
			.param("id", businessId)
			.query(Network::organisation)
			.optional();
	}

	@Transactional(readOnly = true)
	public Optional<Unit> unit(UnitId id) {
		return jdbc.sql("select * from network.unit where id = :id").param("id", id.value()).query(Network::unit).optional();
	}

	/** Organisations in name order, optionally of some kinds only. */
	@Transactional(readOnly = true)
	public PageOf<OrganisationListing> organisations(Collection<OrganisationKind> kinds, PageRequest page) {
		String[] kindNames = kinds.stream().map(Enum::name).toArray(String[]::new);
		String filter = kinds.isEmpty() ? "" : "where o.kind = any (:kinds)";
		var rows = jdbc.sql("""
				select o.*, (select count(*) from network.unit u where u.organisation_id = o.id and u.retired_on is null) as units
				from network.organisation o %s
				order by o.name_fi collate "fi-x-icu", o.id limit :limit offset :offset
				""".formatted(filter))
			.param("kinds", kindNames)
			.param("limit", page.size())
			.param("offset", page.offset())
			.query((rs, n) -> new OrganisationListing(organisation(rs, n), rs.getInt("units")))
			.list();
		long total = jdbc.sql("select count(*) from network.organisation o " + filter).param("kinds", kindNames).query(Long.class).single();
		return new PageOf<>(rows, page, total);
	}

	@Transactional(readOnly = true)
	public Map<OrganisationKind, Long> organisationCounts() {
		Map<OrganisationKind, Long> counts = new EnumMap<>(OrganisationKind.class);
		jdbc.sql("select kind, count(*) as n from network.organisation group by kind")
			.query((ResultSet rs) -> {
				counts.put(OrganisationKind.valueOf(rs.getString("kind")), rs.getLong("n"));
			});
		return counts;
	}

	/** The units of a kind in service across the region, e.g. the county's guidance for the front page. */
	@Transactional(readOnly = true)
	public List<Unit> units(UnitKind kind) {
		return jdbc.sql("select * from network.unit where kind = :kind and retired_on is null order by name_fi")
			.param("kind", kind.name())
			.query(Network::unit)
			.list();
	}

	/** The units of an organisation in service, by name: what new work can be given to. */
	@Transactional(readOnly = true)
	public List<Unit> units(UUID organisationId) {
		return jdbc.sql("select * from network.unit where organisation_id = :organisation and retired_on is null order by name_fi")
			.param("organisation", organisationId)
			.query(Network::unit)
			.list();
	}

	/** Every unit an organisation has had, those in service first, then the retired ones. */
	@Transactional(readOnly = true)
	public List<Unit> everyUnit(OrganisationId organisationId) {
		return jdbc.sql("select * from network.unit where organisation_id = :organisation order by retired_on nulls first, name_fi")
			.param("organisation", organisationId.value())
			.query(Network::unit)
			.list();
	}

	/** Corrects a unit's name, kind, municipality and contact details; false when the organisation has no such unit. */
	@Transactional
	public boolean update(Unit unit) {
		return withUnit(jdbc.sql("""
				update network.unit set kind = :kind, name_fi = coalesce(:fi, :sv, :en), name_sv = :sv, name_en = :en, municipality_code = :municipality,
				  phone = :phone, email = :email
				where id = :id and organisation_id = :organisation
				"""), unit).update() == 1;
	}

	/** Retires a unit in service on a day, or brings a retired one back into service with {@code null}. */
	@Transactional
	public boolean retire(UnitId id, LocalDate on) {
		return jdbc.sql("update network.unit set retired_on = :on where id = :id and (retired_on is null) = (cast(:on as date) is not null)")
			.param("id", id.value())
			.param("on", on)
			.update() == 1;
	}

	/** The names of the given organisations, by id: one query for a page of results. */
	@Transactional(readOnly = true)
	public Map<UUID, LocalizedText> organisationNames(Collection<UUID> ids) {
		Map<UUID, LocalizedText> names = new HashMap<>();
		jdbc.sql("select id, name_fi, name_sv, name_en from network.organisation where id = any(:ids)")
			.param("ids", ids.toArray(UUID[]::new))
			.query((ResultSet rs) -> {
				names.put(rs.getObject("id", UUID.class), LocalizedText.of(rs.getString("name_fi"), rs.getString("name_sv"), rs.getString("name_en")));
			});
		return names;
	}

	/** The family centres of the region by name, one per municipality, with their places and organisations. */
	@Transactional(readOnly = true)
	public List<FamilyCentreOutline> familyCentres() {
		return jdbc.sql("""
				select c.*, array(select s.place_id from network.family_centre_site s where s.family_centre_id = c.id order by s.meeting_place desc, s.place_id) as places,
				  array(select o.organisation_id from network.family_centre_organisation o where o.family_centre_id = c.id) as organisations
				from network.family_centre c order by c.name_fi collate "fi-x-icu"
				""")
			.query((rs, n) -> new FamilyCentreOutline(rs.getObject("id", UUID.class), rs.getString("municipality_code"),
					LocalizedText.of(rs.getString("name_fi"), rs.getString("name_sv"), rs.getString("name_en")),
					LocalizedText.ofNullable(rs.getString("intro_fi"), rs.getString("intro_sv"), rs.getString("intro_en")),
					List.of((UUID[]) rs.getArray("places").getArray()), List.of((UUID[]) rs.getArray("organisations").getArray())))
			.list();
	}

	/** A family centre by the municipality it serves: its places of the directory and the organisations working in it. */
	public record FamilyCentreOutline(UUID id, String municipalityCode, LocalizedText name, LocalizedText intro, List<UUID> places, List<UUID> organisations) {
	}

	/** The open actions of the network whose responsible person has this account, by due date. */
	@Transactional(readOnly = true)
	public List<NetworkAction> openActionsOf(UUID accountId) {
		return jdbc.sql("""
				select a.id, a.description, a.due_on, a.version, g.name_fi, g.name_sv, g.name_en from network.action a
				join network.meeting m on m.id = a.meeting_id join network.network_group g on g.id = m.group_id
				join network.person p on p.id = a.responsible_id
				where p.account_id = ? and a.status = 'OPEN' order by a.due_on
				""")
			.param(accountId)
			.query((rs, n) -> new NetworkAction(rs.getObject("id", UUID.class), rs.getString("description"),
					LocalizedText.of(rs.getString("name_fi"), rs.getString("name_sv"), rs.getString("name_en")), rs.getDate("due_on").toLocalDate(),
					rs.getInt("version")))
			.list();
	}

	/** The groups of the network, as others may name them: the steering group, area groups and the rest. */
	@Transactional(readOnly = true)
	public List<GroupOutline> groups() {
		return jdbc.sql("select id, kind, name_fi, name_sv, name_en, area_code from network.network_group order by kind, name_fi")
			.query((rs, n) -> new GroupOutline(rs.getObject("id", UUID.class), rs.getString("kind"),
					LocalizedText.of(rs.getString("name_fi"), rs.getString("name_sv"), rs.getString("name_en")), rs.getString("area_code")))
			.list();
	}

	/** The ids of the groups in which the person with this account is a member. */
	@Transactional(readOnly = true)
	public java.util.Set<UUID> groupsOf(UUID accountId) {
		return java.util.Set.copyOf(jdbc.sql("""
				select m.group_id from network.group_member m join network.person p on p.id = m.person_id where p.account_id = ?
				""").param(accountId).query(UUID.class).list());
	}

	/** A group of the network; {@code kind} is STEERING, AREA, CONTACT_PERSONS, YOUTH_WELLBEING or OTHER. */
	public record GroupOutline(UUID id, String kind, LocalizedText name, String areaCode) {

		public boolean steering() {
			return "STEERING".equals(kind);
		}
	}

	/** The cooperation agreements by title, with their municipality and state, as a plan's measures refer to them. */
	@Transactional(readOnly = true)
	public List<AgreementOutline> agreements() {
		return jdbc.sql("select id, title, municipality_code, state from network.agreement order by municipality_code, title")
			.query((rs, n) -> new AgreementOutline(rs.getObject("id", UUID.class), rs.getString("title"), rs.getString("municipality_code"),
					rs.getString("state")))
			.list();
	}

	public record AgreementOutline(UUID id, String title, String municipalityCode, String state) {
	}

	/** An organisation with how many units it has. */
	public record OrganisationListing(Organisation organisation, int units) {
	}

	private static Organisation organisation(ResultSet rs, int row) throws SQLException {
		return new Organisation(new OrganisationId(rs.getObject("id", UUID.class)), OrganisationKind.valueOf(rs.getString("kind")),
				LocalizedText.of(rs.getString("name_fi"), rs.getString("name_sv"), rs.getString("name_en")),
				rs.getString("business_id"), rs.getString("municipality_code"), rs.getString("website"));
	}

	private static Unit unit(ResultSet rs, int row) throws SQLException {
		return new Unit(new UnitId(rs.getObject("id", UUID.class)), new OrganisationId(rs.getObject("organisation_id", UUID.class)),
				UnitKind.valueOf(rs.getString("kind")), LocalizedText.of(rs.getString("name_fi"), rs.getString("name_sv"), rs.getString("name_en")),
				rs.getString("municipality_code"), rs.getString("phone"), rs.getString("email"), rs.getObject("retired_on", LocalDate.class));
	}
}
