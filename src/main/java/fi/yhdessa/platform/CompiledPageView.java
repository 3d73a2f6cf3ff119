package fi.yhdessa.platform;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.ViewResolver;

/**
 * A page written whole by compiled templates (ADR 0020): the layout ({@code layout/page.jte}) around
 * the content a controller rendered, without Thymeleaf. A controller puts the content's HTML in the
 * model as {@link CompiledPages#CONTENT} and its title's message key as {@link CompiledPages#TITLE}, and returns
 * {@link CompiledPages#VIEW}.
 */
@Component
class CompiledPageView implements ViewResolver, Ordered {

	private final CompiledPages pages;

	CompiledPageView(CompiledPages pages) {
		this.pages = pages;
	}

	@Override
	public View resolveViewName(String viewName, Locale locale) {
		return CompiledPages.VIEW.equals(viewName) ? this::render : null;
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

	private void render(Map<String, ?> model, HttpServletRequest request, HttpServletResponse response) throws IOException {
		String html = pages.page((PageChrome) request.getAttribute(LayoutModel.CHROME), (String) model.get(CompiledPages.TITLE), (String) model.get(CompiledPages.CONTENT), request);
		byte[] body = html.getBytes(StandardCharsets.UTF_8);
		response.setContentType("text/html;charset=UTF-8");
		response.setContentLength(body.length);
		response.getOutputStream().write(body);
	}
}
