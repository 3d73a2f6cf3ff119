package fi.yhdessa.testing;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The accessibility gate of the browser tests can fail: a test that cannot fail proves nothing. */
class BrowserVisitTests {

	@Test
	void failsOnASeriousAccessibilityViolationAndOnAPageLeftUnchecked() {
		BrowserVisit visit = new BrowserVisit(0);
		visit.page().setContent("<!DOCTYPE html><html lang=\"en\"><head><title>t</title></head><body><main><img src=\"x.png\"></main></body></html>");
		assertThatThrownBy(visit::checked).hasMessageContaining("image-alt");
		assertThatThrownBy(visit::close).hasMessageContaining("not checked with axe");
	}

	@Test
	void findsLowContrastAndAnUnlabelledFieldInThePageItself() {
		try (BrowserVisit visit = new BrowserVisit(0)) {
			visit.page().setContent("<!DOCTYPE html><html lang=\"en\"><head><title>t</title></head><body><main>"
					+ "<p style=\"color:#bbb;background:#fff\">pale text</p><form><input type=\"text\" name=\"q\"></form></main></body></html>");
			assertThatThrownBy(visit::checked).hasMessageContaining("color-contrast").hasMessageContaining("label");
			visit.page().setContent("<!DOCTYPE html><html lang=\"en\"><head><title>t</title></head><body><main><p>fine</p></main></body></html>");
			visit.checked();
		}
	}
}
