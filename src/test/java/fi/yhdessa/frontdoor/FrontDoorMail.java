package fi.yhdessa.frontdoor;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;

/** A real SMTP server for the front door's tests. */
final class FrontDoorMail {

	static final int PORT = 3025;

	private FrontDoorMail() {
	}

	static GreenMailExtension server() {
		return new GreenMailExtension(new ServerSetup(PORT, null, ServerSetup.PROTOCOL_SMTP));
	}
}
