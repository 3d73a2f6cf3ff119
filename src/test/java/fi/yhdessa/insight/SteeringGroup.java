package fi.yhdessa.insight;

import fi.yhdessa.platform.Accounts;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A steering group of the network with one member, the person with the given account: the fixture of the welfare plan's keepers. */
final class SteeringGroup {

	private SteeringGroup() {
	}

	static UUID withMember(JdbcClient jdbc, Accounts accounts, String username) {
		UUID group = UUID.nameUUIDFromBytes("insight-test:steering".getBytes());
		UUID person = UUID.nameUUIDFromBytes(("insight-test:person:" + username).getBytes());
		UUID account = accounts.findByUsername(username).orElseThrow().id().value();
		jdbc.sql("insert into network.person (id, name, kind, account_id) values (?, ?, 'PROFESSIONAL', ?) on conflict do nothing").params(person, username, account)
			.update();
		jdbc.sql("""
				insert into network.network_group (id, kind, name_fi, name_sv, name_en, purpose_fi) values (?, 'STEERING', 'Ohjausryhmä', 'Styrgruppen',
				  'Steering group', 'Johtaa hyvinvointisuunnitelmaa') on conflict do nothing
				""").param(group).update();
		jdbc.sql("insert into network.group_member values (?, ?, 'CHAIR') on conflict do nothing").params(group, person).update();
		return group;
	}
}
