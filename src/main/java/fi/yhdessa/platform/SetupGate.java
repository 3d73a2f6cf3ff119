package fi.yhdessa.platform;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** While the platform has no administrator, every page leads to the setup page. */
@Configuration(proxyBeanMethods = false)
class SetupGate implements WebMvcConfigurer {

	private final FirstAdministrator firstAdministrator;

	SetupGate(FirstAdministrator firstAdministrator) {
		this.firstAdministrator = firstAdministrator;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new HandlerInterceptor() {
			@Override
			public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) throws Exception {
				if ("GET".equals(request.getMethod()) && firstAdministrator.pending()) {
					response.sendRedirect(request.getContextPath() + "/setup");
					return false;
				}
				return true;
			}
		}).excludePathPatterns("/setup", "/error", "/css/**", "/js/**", "/images/**", "/webjars/**", "/favicon.ico",
				"/actuator/**", "/api/**");
	}
}
