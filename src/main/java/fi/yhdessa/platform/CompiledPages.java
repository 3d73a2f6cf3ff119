package fi.yhdessa.platform;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.servlet.support.RequestDataValueProcessor;

/**
 * What every page has around its content ({@link PageChrome}) and the content of the pages that are
 * viewed most, rendered by templates compiled to Java at build time (jte, {@code src/main/jte}) and
 * placed by the Thymeleaf layout (ADR 0020). A template takes two parameters: {@code page}, its model,
 * and {@code t}, the request's {@link PageText}.
 */
@Component
public class CompiledPages {

	private final TemplateEngine templates = TemplateEngine.createPrecompiled(ContentType.Html);
	private final MessageSource messages;
	private final RequestDataValueProcessor forms;
	private final AssetUrls assets;

	CompiledPages(MessageSource messages, RequestDataValueProcessor forms, AssetUrls assets) {
		this.messages = messages;
		this.forms = forms;
		this.assets = assets;
	}

	/** The HTML of a template ({@code casework/worklist.jte}) for a model, in the request's language. */
	public String render(String template, Object page, HttpServletRequest request) {
		StringOutput html = new StringOutput(16 * 1024);
		templates.render(template, Map.of("page", page, "t", new PageText(messages, RequestContextUtils.getLocale(request), request, forms, assets)), html);
		return html.toString();
	}

	/** The same, for the request this thread is answering. */
	public String render(String template, Object page) {
		return render(template, page, ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest());
	}
}
