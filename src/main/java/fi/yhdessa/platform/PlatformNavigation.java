package fi.yhdessa.platform;

import java.util.EnumSet;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class PlatformNavigation {

	@Bean
	NavigationItem staffHomeLink() {
		return new NavigationItem("nav.home", "/home", Role.staff(), 0);
	}

	@Bean
	static RoleHome administratorHome() {
		return new RoleHome(Role.ADMINISTRATOR, "/admin/accounts", "nav.accounts");
	}

	@Bean
	NavigationItem accountsLink() {
		return new NavigationItem("nav.accounts", "/admin/accounts", EnumSet.of(Role.ADMINISTRATOR), 900);
	}

	@Bean
	NavigationItem backupsLink() {
		return new NavigationItem("nav.backups", "/admin/backups", EnumSet.of(Role.ADMINISTRATOR), 910);
	}
}
