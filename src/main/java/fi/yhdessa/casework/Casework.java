package fi.yhdessa.casework;

import fi.yhdessa.casework.demo.CaseworkDemoData;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Casework's facade for other modules: the synthetic client work of the demo region. */
@Service
public class Casework {

	private final CaseworkDemoData demoData;

	Casework(CaseworkDemoData demoData) {
		this.demoData = demoData;
	}

	@Transactional
	public void generateDemo(DemoVolume volume) {
		demoData.generate(volume);
	}
}
