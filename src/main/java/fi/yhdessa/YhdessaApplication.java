package fi.yhdessa;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;

/**
 * Yhdessä: integrated services for children, young people and families of a wellbeing services
 * county, its municipalities, NGOs and parishes. One deployable modular monolith.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@Modulithic(systemName = "Yhdessä", sharedModules = "platform")
public class YhdessaApplication {

	public static void main(String[] args) {
		SpringApplication.run(YhdessaApplication.class, args);
	}
}
