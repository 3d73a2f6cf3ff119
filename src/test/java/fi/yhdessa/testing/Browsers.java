package fi.yhdessa.testing;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * One headless Chromium per test JVM: Debian's {@code /usr/bin/chromium} (or {@code CHROMIUM_PATH}),
 * driven by Playwright without downloading a browser of its own.
 */
public final class Browsers {

	private static Playwright playwright;
	private static Browser chromium;

	private Browsers() {
	}

	public static synchronized Browser chromium() {
		if (chromium == null) {
			Path executable = Path.of(System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium"));
			if (!Files.isExecutable(executable)) {
				throw new IllegalStateException("The browser tests need Chromium at " + executable
						+ ": install Debian's chromium package (apt-get install chromium) or set CHROMIUM_PATH.");
			}
			playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
			chromium = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(executable).setHeadless(true)
				.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
						"--disable-sync", "--no-first-run", "--disable-quic")));
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				chromium.close();
				playwright.close();
			}));
		}
		return chromium;
	}
}
