package fi.yhdessa.platform;

import gg.jte.Content;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Function;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.ViewResolver;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.servlet.support.RequestDataValueProcessor;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

/**
 * What every page has around its content ({@link PageChrome}) and the content of the pages that are
 * viewed most, rendered by templates compiled to Java at build time (jte, {@code src/main/jte}) and
 * placed by the Thymeleaf layout (ADR 0020) — or, for the pages viewed most of all, whole pages
 * without Thymeleaf ({@link #page}). A template takes two parameters: {@code page}, its model, and
 * {@code t}, the request's {@link PageText}.
 */
@Component
public class CompiledPages {

	private static final String HTML = MediaType.TEXT_HTML_VALUE + ";charset=UTF-8";

	private final TemplateEngine templates = TemplateEngine.createPrecompiled(ContentType.Html);
	private final MessageSource messages;
	private final RequestDataValueProcessor forms;
	private final AssetUrls assets;
	private final ViewResolver thymeleafViews;

	CompiledPages(MessageSource messages, RequestDataValueProcessor forms, AssetUrls assets, ThymeleafViewResolver thymeleafViews) {
		this.thymeleafViews = thymeleafViews;
		this.messages = messages;
		this.forms = forms;
		this.assets = assets;
	}

	/** The HTML of a template ({@code casework/case-top.jte}) for a model, in the request's language. */
	public String render(String template, Object page, HttpServletRequest request) {
		StringOutput html = new StringOutput(16 * 1024);
		templates.render(template, Map.of("page", page, "t", text(request)), html);
		return html.toString();
	}

	/** The same, for the request this thread is answering. */
	public String render(String template, Object page) {
		return render(template, page, ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest());
	}

	/**
	 * A whole page for a controller to return: the template's content for the model in the layout
	 * that {@code fragments/layout.html} gives the Thymeleaf pages, titled by a message.
	 */
	public View page(String template, Object model, String titleKey, Object... titleArgs) {
		return page(template, fragments -> model, titleKey, titleArgs);
	}

	/**
	 * The same, its model made when the page is written, with parts still written by Thymeleaf
	 * templates ({@link Fragments}) from the controller's model as it is then.
	 */
	public View page(String template, Function<Fragments, Object> model, String titleKey, Object... titleArgs) {
		return (controllerModel, request, response) -> {
			PageText text = text(request);
			Object content = model.apply(fragment -> thymeleaf(fragment, controllerModel, request, response));
			WholePage page = new WholePage(text.msg(titleKey, titleArgs), output -> templates.render(template, Map.of("page", content, "t", text), output),
					(PageChrome) request.getAttribute(LayoutModel.CHROME));
			StringOutput html = new StringOutput(32 * 1024);
			templates.render("layout/page.jte", Map.of("page", page, "t", text), html);
			// As bytes of a known length: the JDK's encoding of a whole string, not the writer's per buffer.
			byte[] body = html.toString().getBytes(StandardCharsets.UTF_8);
			response.setContentType(HTML);
			response.setContentLength(body.length);
			response.getOutputStream().write(body);
		};
	}

	/** A part of a compiled page that a Thymeleaf template writes. */
	@FunctionalInterface
	public interface Fragments {

		/** The HTML of a Thymeleaf view, such as {@code casework/sections/journal :: section}. */
		String html(String view);
	}

	private String thymeleaf(String viewName, Map<String, ?> model, HttpServletRequest request, HttpServletResponse response) {
		StringWriter html = new StringWriter();
		HttpServletResponse captured = new HttpServletResponseWrapper(response) {
			@Override
			public PrintWriter getWriter() {
				return new PrintWriter(html);
			}
		};
		try {
			thymeleafViews.resolveViewName(viewName, RequestContextUtils.getLocale(request)).render(model, request, captured);
		}
		catch (Exception failed) {
			throw new IllegalStateException("Cannot write " + viewName, failed);
		}
		return html.toString();
	}

	/** What {@code layout/page.jte} writes: the title, the content and what surrounds it. */
	public record WholePage(String title, Content content, PageChrome chrome) {
	}

	private PageText text(HttpServletRequest request) {
		return new PageText(messages, RequestContextUtils.getLocale(request), request, forms, assets);
	}
}
