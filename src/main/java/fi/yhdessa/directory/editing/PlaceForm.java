package fi.yhdessa.directory.editing;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A place where services are given, as its editor types it; at least one of the names is required. */
public class PlaceForm {

	@Size(max = 200, message = "{validation.tooLongMax}")
	private String nameFi = "";

	@Size(max = 200, message = "{validation.tooLongMax}")
	private String nameSv = "";

	@Size(max = 200, message = "{validation.tooLongMax}")
	private String nameEn = "";

	@NotBlank(message = "{validation.required}")
	@Size(max = 200, message = "{validation.tooLongMax}")
	private String street = "";

	@Pattern(regexp = "[0-9]{5}", message = "{edit.postcode.invalid}")
	private String postcode = "";

	@NotBlank(message = "{validation.required}")
	private String municipality = "";

	@DecimalMin(value = "-90", message = "{edit.latitude.invalid}")
	@DecimalMax(value = "90", message = "{edit.latitude.invalid}")
	private Double latitude;

	@DecimalMin(value = "-180", message = "{edit.longitude.invalid}")
	@DecimalMax(value = "180", message = "{edit.longitude.invalid}")
	private Double longitude;

	@Size(max = 1000, message = "{validation.tooLongMax}")
	private String accessibilityFi = "";

	@Size(max = 1000, message = "{validation.tooLongMax}")
	private String accessibilitySv = "";

	@Size(max = 1000, message = "{validation.tooLongMax}")
	private String accessibilityEn = "";

	/** The organisation whose place it is; coordinators choose it, editors keep their own. */
	private String organisation = "";

	public String getNameFi() {
		return nameFi;
	}

	public void setNameFi(String nameFi) {
		this.nameFi = strip(nameFi);
	}

	public String getNameSv() {
		return nameSv;
	}

	public void setNameSv(String nameSv) {
		this.nameSv = strip(nameSv);
	}

	public String getNameEn() {
		return nameEn;
	}

	public void setNameEn(String nameEn) {
		this.nameEn = strip(nameEn);
	}

	public String getStreet() {
		return street;
	}

	public void setStreet(String street) {
		this.street = strip(street);
	}

	public String getPostcode() {
		return postcode;
	}

	public void setPostcode(String postcode) {
		this.postcode = strip(postcode);
	}

	public String getMunicipality() {
		return municipality;
	}

	public void setMunicipality(String municipality) {
		this.municipality = strip(municipality);
	}

	public Double getLatitude() {
		return latitude;
	}

	public void setLatitude(Double latitude) {
		this.latitude = latitude;
	}

	public Double getLongitude() {
		return longitude;
	}

	public void setLongitude(Double longitude) {
		this.longitude = longitude;
	}

	public String getAccessibilityFi() {
		return accessibilityFi;
	}

	public void setAccessibilityFi(String accessibilityFi) {
		this.accessibilityFi = strip(accessibilityFi);
	}

	public String getAccessibilitySv() {
		return accessibilitySv;
	}

	public void setAccessibilitySv(String accessibilitySv) {
		this.accessibilitySv = strip(accessibilitySv);
	}

	public String getAccessibilityEn() {
		return accessibilityEn;
	}

	public void setAccessibilityEn(String accessibilityEn) {
		this.accessibilityEn = strip(accessibilityEn);
	}

	public String getOrganisation() {
		return organisation;
	}

	public void setOrganisation(String organisation) {
		this.organisation = strip(organisation);
	}

	private static String strip(String text) {
		return text == null ? "" : text.strip();
	}
}
