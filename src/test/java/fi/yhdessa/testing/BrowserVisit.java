package fi.yhdessa.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One person's visit to the running platform in a fresh browser context. Every page that loads
 * is checked with axe-core: a serious or critical violation fails the test, and closing the visit
 * fails it too if a page loaded that was never checked.
 */
public final class BrowserVisit implements AutoCloseable {

	private static final Set<String> BLOCKING = Set.of("serious", "critical");
	/**
	 * Violations only: axe then details no passing or inapplicable nodes, which were most of its answer. Run in
	 * the page itself (axe's "legacy" mode): the pages have no frames of another origin, and the newer mode opens
	 * a blank page of its own to finish each run — together a third of the time per check (FrontDoorBrowserTests:
	 * 62 checks in 119 s before, 35 s after).
	 */
	private static final AxeRunOptions VIOLATIONS = new AxeRunOptions();

	static {
		VIOLATIONS.setResultTypes(List.of("violations"));
	}
	/** Pages found clean in this run, by viewport and markup without its one-time tokens: the same page is not checked twice. */
	private static final Set<String> CLEAN = ConcurrentHashMap.newKeySet();
	private static final Pattern HIDDEN_INPUT = Pattern.compile("<input\\b[^>]*\\btype=\"hidden\"[^>]*>");
	private static final Pattern TOKENS = Pattern.compile("\\b(nonce|content)=\"[^\"]*\"");

	private final String base;
	private final BrowserContext context;
	private final Page page;
	private final List<String> unchecked = new ArrayList<>();

	public BrowserVisit(int port) {
		this(port, 1280, 800);
	}

	public BrowserVisit(int port, int width, int height) {
		this.base = "http://localhost:" + port;
		this.context = Browsers.chromium().newContext(new Browser.NewContextOptions().setViewportSize(width, height));
		this.page = context.newPage();
		page.onLoad(loaded -> unchecked.add(loaded.url()));
	}

	public Page page() {
		return page;
	}

	/** Opens a path and checks the page. */
	public BrowserVisit open(String path) {
		page.navigate(base + path);
		return checked();
	}

	/** Clicks a link or button by its accessible name and checks the page it leads to. */
	public BrowserVisit click(AriaRole role, String name) {
		page.getByRole(role, new Page.GetByRoleOptions().setName(name).setExact(true)).first().click();
		page.waitForLoadState();
		return checked();
	}

	public BrowserVisit signIn(String username, String password) {
		open("/login");
		page.getByLabel(label("username")).fill(username);
		page.getByLabel(label("password")).fill(password);
		page.locator("form.form button[type=submit]").click();
		page.waitForLoadState();
		return checked();
	}

	public Locator heading() {
		return page.locator("h1");
	}

	/** Runs axe-core on the current page, unless the same page at the same size was found clean before in this run. */
	public BrowserVisit checked() {
		String key = page.viewportSize().width + "x" + page.viewportSize().height + " " + sameness(page.content());
		if (!CLEAN.contains(key)) {
			List<Rule> blocking = new AxeBuilder(page).setLegacyMode(true).options(VIOLATIONS).analyze().getViolations().stream()
				.filter(rule -> BLOCKING.contains(rule.getImpact()))
				.toList();
			assertThat(blocking).as("serious or critical accessibility violations on %s: %s", page.url(), describe(blocking)).isEmpty();
			CLEAN.add(key);
		}
		unchecked.clear();
		return this;
	}

	/** The markup without what changes from one load of the same page to the next (CSRF tokens, nonces, once-only keys). */
	private static String sameness(String html) {
		String tokensOut = TOKENS.matcher(HIDDEN_INPUT.matcher(html).replaceAll("<input type=\"hidden\">")).replaceAll("");
		try {
			return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(tokensOut.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
		}
		catch (java.security.NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	@Override
	public void close() {
		try {
			assertThat(unchecked).as("pages that loaded but were not checked with axe").isEmpty();
		}
		finally {
			context.close();
		}
	}

	private String label(String field) {
		String language = (String) page.evaluate("document.documentElement.lang");
		return switch (language + "." + field) {
			case "sv.username" -> "Användarnamn";
			case "sv.password" -> "Lösenord";
			case "en.username" -> "Username";
			case "en.password" -> "Password";
			case "fi.password" -> "Salasana";
			default -> "Käyttäjätunnus";
		};
	}

	private static String describe(List<Rule> rules) {
		return rules.stream()
			.map(rule -> rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
					+ rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).collect(Collectors.joining(", ")))
			.collect(Collectors.joining("; "));
	}
}
