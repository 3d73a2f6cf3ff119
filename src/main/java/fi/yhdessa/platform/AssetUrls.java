package fi.yhdessa.platform;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * The address of a static file as pages link it: content-hashed for styles and scripts, with its
 * version for a WebJar. Looked up once per file, since the files of a running platform do not
 * change; Thymeleaf's {@code @{…}} asks the same of the resource chain on every link of every page.
 */
@Component
class AssetUrls {

	private final ObjectProvider<ResourceUrlProvider> resources;
	private final Map<String, String> known = new ConcurrentHashMap<>();

	AssetUrls(ObjectProvider<ResourceUrlProvider> resources) {
		this.resources = resources;
	}

	/** The public path ({@code /css/yhdessa-<hash>.css}) of a file's path ({@code /css/yhdessa.css}). */
	String of(String path) {
		return known.computeIfAbsent(path, this::lookUp);
	}

	private String lookUp(String path) {
		ResourceUrlProvider provider = resources.getIfAvailable();
		String found = provider == null ? null : provider.getForLookupPath(path);
		return found == null ? path : found;
	}
}
