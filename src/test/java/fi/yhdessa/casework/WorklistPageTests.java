package fi.yhdessa.casework;

import static org.assertj.core.api.Assertions.assertThat;

import fi.yhdessa.casework.access.Cases;
import fi.yhdessa.platform.SignedInUser;
import fi.yhdessa.testing.HttpVisitor;
import fi.yhdessa.casework.access.Commands;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The worklist with its content compiled (ADR 0020): in the platform's layout in the reader's language,
 * its pagers, and its break-glass form refused with what was typed.
 */
@CaseworkTest
class WorklistPageTests {

	@LocalServerPort
	int port;

	@Autowired
	Cases cases;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@Test
	void pagesTheWorkersOpenCasesFiftyAtATime() {
		SignedInUser worker = (SignedInUser) users.loadUserByUsername("worker");
		long open = jdbc.sql("select count(*) from casework.client_case where responsible_worker = ? and closed_at is null").param(worker.id().value())
			.query(Long.class).single();
		List<UUID> opened = new ArrayList<>();
		for (long i = open; i <= 50; i++) {
			opened.add(cases.open(worker, Families.family("Sivutettu")));
		}
		HttpVisitor visitor = new HttpVisitor(port);
		visitor.signIn("worker", "demo");
		try {
			String first = visitor.get("/casework").body();
			assertThat(first).contains("<a href=\"/casework?casePage=2\" rel=\"next\">Seuraava sivu</a>").contains("Sivu 1 / ")
				.doesNotContain("rel=\"prev\"");
			String second = visitor.get("/casework?casePage=2").body();
			assertThat(second).contains("<a href=\"/casework?casePage=1\" rel=\"prev\">Edellinen sivu</a>").contains("Sivu 2 / ");
		}
		finally {
			// The other tests of this platform find the worker's worklist as it was.
			opened.forEach(id -> cases.close(worker, id, new Commands.Close("Testi päättyi.", ClientCase.Outcome.NO_NEED)));
		}
	}

	@Test
	void isAWholePageOfThePlatformInTheReadersLanguage() {
		HttpVisitor visitor = new HttpVisitor(port);
		visitor.signIn("worker", "demo");

		HttpResponse<String> swedish = visitor.get("/casework?lang=sv");

		assertThat(swedish.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html").contains("UTF-8"));
		assertThat(swedish.body()).startsWith("<!DOCTYPE html>").contains("<html lang=\"sv\">").contains("<title>Arbetslista – Yhdessä</title>")
			.contains("class=\"skip-link\"").contains("/css/yhdessa-").contains("name=\"csrf-token\"")
			.contains("<a href=\"/casework?lang=sv\" lang=\"sv\" hreflang=\"sv\" aria-current=\"true\">")
			.contains("<main id=\"main\" tabindex=\"-1\" class=\"content\">").contains("class=\"site-footer\"");
	}

	@Test
	void aRefusedBreakGlassKeepsWhatWasTypedEscapedAndSaysWhy() {
		HttpVisitor visitor = new HttpVisitor(port);
		visitor.signIn("worker", "demo");

		HttpResponse<String> refused = visitor.postForm("/casework/break-glass", "/casework", "reference", "AS-1999-000000", "reason", "<b>yö</b>");

		assertThat(refused.statusCode()).isEqualTo(422);
		assertThat(refused.body()).contains("role=\"alert\"").contains("value=\"AS-1999-000000\"").contains("aria-invalid=\"true\"")
			.contains("&lt;b&gt;yö&lt;/b&gt;</textarea>").doesNotContain("<b>yö</b>");
	}
}
