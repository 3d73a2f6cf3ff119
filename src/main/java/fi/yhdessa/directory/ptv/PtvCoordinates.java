package fi.yhdessa.directory.ptv;

import org.locationtech.proj4j.CRSFactory;
import org.locationtech.proj4j.CoordinateReferenceSystem;
import org.locationtech.proj4j.CoordinateTransform;
import org.locationtech.proj4j.CoordinateTransformFactory;
import org.locationtech.proj4j.ProjCoordinate;

/**
 * PTV gives a place's coordinates as they come from the National Land Survey: ETRS-TM35FIN (EPSG:3067) northing and
 * easting in metres, in its {@code latitude} and {@code longitude} fields. The directory keeps WGS 84 degrees; a pair
 * already in degrees within Finland is taken as it is, anything else is left out.
 */
final class PtvCoordinates {

	private static final CoordinateTransform TO_DEGREES;

	static {
		CRSFactory crs = new CRSFactory();
		CoordinateReferenceSystem tm35fin = crs.createFromParameters("EPSG:3067",
				"+proj=utm +zone=35 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs");
		CoordinateReferenceSystem wgs84 = crs.createFromParameters("EPSG:4326", "+proj=longlat +datum=WGS84 +no_defs");
		TO_DEGREES = new CoordinateTransformFactory().createTransform(tm35fin, wgs84);
	}

	/** Latitude and longitude in degrees. */
	record Degrees(double latitude, double longitude) {
	}

	private PtvCoordinates() {
	}

	static Degrees of(Double latitude, Double longitude) {
		if (latitude == null || longitude == null) {
			return null;
		}
		if (latitude >= 59 && latitude <= 71 && longitude >= 19 && longitude <= 32) {
			return new Degrees(latitude, longitude);
		}
		if (latitude >= 6_600_000 && latitude <= 7_800_000 && longitude >= 50_000 && longitude <= 800_000) {
			ProjCoordinate degrees = new ProjCoordinate();
			synchronized (TO_DEGREES) {
				TO_DEGREES.transform(new ProjCoordinate(longitude, latitude), degrees);
			}
			return new Degrees(degrees.y, degrees.x);
		}
		return null;
	}
}
