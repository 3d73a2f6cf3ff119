package fi.yhdessa.casework;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.web.multipart.MultipartFile;

/** A file to attach to a message, as it came in; its type is checked from its content. */
public record NewAttachment(String fileName, byte[] content) {

	/** The files of a form; empty file inputs are left out. */
	public static List<NewAttachment> of(List<MultipartFile> files) throws IOException {
		List<NewAttachment> attachments = new ArrayList<>();
		if (files != null) {
			for (MultipartFile file : files) {
				if (file != null && !file.isEmpty()) {
					attachments.add(new NewAttachment(file.getOriginalFilename(), file.getBytes()));
				}
			}
		}
		return attachments;
	}
}
