package fi.yhdessa.demo;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** Stable ids for the synthetic region, so the same region always has the same ids. */
final class DemoIds {

	private DemoIds() {
	}

	static UUID of(String kind, Object key) {
		return UUID.nameUUIDFromBytes(("yhdessa-demo/" + kind + "/" + key).getBytes(StandardCharsets.UTF_8));
	}
}
