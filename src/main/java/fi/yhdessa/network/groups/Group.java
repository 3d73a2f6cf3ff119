package fi.yhdessa.network.groups;

import fi.yhdessa.platform.LocalizedText;
import java.util.List;
import java.util.UUID;

/** A group of the network with its purpose and members. */
public record Group(UUID id, GroupKind kind, LocalizedText name, LocalizedText purpose, String areaCode, List<Member> members) {

	public Group {
		members = List.copyOf(members);
	}

	public record Member(UUID personId, Role role) {
	}

	public enum Role {
		CHAIR, SECRETARY, MEMBER;

		public String messageKey() {
			return "group.role." + name();
		}
	}

	public boolean hasMember(UUID personId) {
		return members.stream().anyMatch(m -> m.personId().equals(personId));
	}
}
