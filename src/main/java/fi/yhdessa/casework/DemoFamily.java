package fi.yhdessa.casework;

import java.util.List;

/** A family of the demo region: the people of one household with at least one child. */
public record DemoFamily(String municipality, List<DemoMember> members) {
}
