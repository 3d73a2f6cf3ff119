package fi.yhdessa.citizen;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;

/** A real SMTP server for the portal's tests. */
final class PortalMail {

	static final int PORT = 3026;

	private PortalMail() {
	}

	static GreenMailExtension server() {
		return new GreenMailExtension(new ServerSetup(PORT, null, ServerSetup.PROTOCOL_SMTP));
	}
}
